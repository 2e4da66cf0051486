import type { Locator, Page } from '@playwright/test'
import type { Backend } from '../../electron/main/backend'
import { addDays, localIsoDate } from '#shared/dates'
import { call } from '../../test/support'

/**
 * A runner with a story the proposal reacts to: tight left hamstring, a 30 s plank, a large wall-test
 * gap and recent pain on the left side of the low back.
 */
export async function seedRunner(backend: Backend, name: string, groups: string[] = []) {
  const today = localIsoDate(new Date())
  const athlete = await call(backend, 'athletes.create', {
    name,
    runDaysPerWeek: 3,
    goal: 'Spring half marathon',
    groups,
  })
  await call(backend, 'assessments.create', {
    athleteId: athlete.id,
    date: addDays(today, -3),
    hamstringLeft: 'tight',
    hamstringRight: 'normal',
    plankSec: 30,
    wallGap: 'more_than_hand',
  })
  await call(backend, 'pain.report', {
    athleteId: athlete.id,
    date: addDays(today, -2),
    score: 4,
    timing: 'after',
    location: 'left',
  })
  return athlete
}

/** The program builder page. */
export class ProgramPage {
  readonly builder: Locator

  constructor(readonly page: Page) {
    this.builder = page.getByTestId('program-builder')
  }

  session(kind: 'warmup' | 'cooldown' | 'strength' | 'mobility'): Locator {
    return this.builder.locator(`[data-session="${kind}"]`)
  }

  item(kind: 'warmup' | 'cooldown' | 'strength' | 'mobility', name: string): Locator {
    return this.session(kind).locator(`li[data-exercise="${name}"]`)
  }

  async names(kind: 'warmup' | 'cooldown' | 'strength' | 'mobility'): Promise<string[]> {
    return this.session(kind)
      .locator('li[data-exercise]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-exercise') ?? ''))
  }
}
