import type { Locator, Page } from '@playwright/test'

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })
/** A day as the calendar names it: "Thu 26 Mar 2026". */
const dayName = (iso: string) => DAY.format(new Date(`${iso}T12:00:00`)).replace(',', '')

export interface PlanEntry {
  kind?: string
  runType?: string
  distance?: string
  duration?: string
  time?: string
}

/** The training plan on the athlete page: the week calendar, its sessions, warnings and fixes. */
export class PlanSection {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Training plan' })
  }

  day(date: string): Locator {
    return this.root.getByRole('region', { name: new RegExp(`^${dayName(date)}`) })
  }

  /** Plans a session with the keyboard only: focus the day, N, fill the form, Enter. */
  async planWithKeyboard(date: string, entry: PlanEntry): Promise<void> {
    await this.day(date).focus()
    await this.page.keyboard.press('n')
    const form = this.root.getByRole('form', { name: /^Plan a session on/ })
    if (entry.kind) await form.getByLabel('Kind').selectOption({ label: entry.kind })
    if (entry.runType) await form.getByLabel('Run type').selectOption({ label: entry.runType })
    if (entry.time) await form.getByLabel('Time (optional)').fill(entry.time)
    if (entry.distance) await form.getByLabel('Planned distance (km)').fill(entry.distance)
    if (entry.duration) await form.getByLabel('Planned duration (min)').fill(entry.duration)
    await form.getByLabel('Planned duration (min)').press('Enter')
  }

  session(name: string | RegExp): Locator {
    return this.root.getByRole('article', { name })
  }
}
