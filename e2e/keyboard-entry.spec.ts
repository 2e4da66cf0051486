// Entering a run from the keyboard: a text date field that reads "y", "mon" or "3/12" in the coach's
// locale, Tab from field to field, Enter from any field (the Type select too), and a warning before an
// unlikely run is saved.
import type { Page } from '@playwright/test'
import { addDays, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { AthletePage } from './pages/athlete'
import { call } from '../test/support'
import { expect, test } from './fixtures'

const today = localIsoDate(new Date())

async function openAthlete(page: Page, backend: Parameters<typeof call>[0]) {
  const athlete = await call(backend, 'athletes.create', { name: 'Mara K.', runDaysPerWeek: 3 })
  await page.goto(`/#/athletes/${String(athlete.id)}/runs`)
  await expect(page.getByRole('heading', { name: 'Mara K.', level: 1 })).toBeVisible()
  return athlete
}

/** Presses each key once and counts what the page received, so the count is the coach's, not ours. */
async function pressAll(page: Page, keys: string[]): Promise<number> {
  // spelled out: the e2e project is type-checked without the DOM library
  type Counting = { keysSeen: number; addEventListener(type: string, listener: () => void, capture: boolean): void }
  await page.evaluate(() => {
    const w = globalThis as unknown as Counting
    w.keysSeen = 0
    w.addEventListener('keydown', () => (w.keysSeen += 1), true)
  })
  for (const key of keys) await page.keyboard.press(key)
  return page.evaluate(() => (globalThis as unknown as Counting).keysSeen)
}

test.describe('in a British locale', () => {
  test.use({ locale: 'en-GB' })

  test('yesterday’s 45 min, 8.2 km run at RPE 6 takes 12 key presses from the athlete page', async ({
    page,
    backend,
  }) => {
    await openAthlete(page, backend)
    const keys = ['n', 'y', 'Tab', '4', '5', 'Tab', '8', '.', '2', 'Tab', '6', 'Enter']
    const pressed = await pressAll(page, keys)
    const entry = new AthletePage(page)
    await expect(entry.runRows()).toHaveCount(1)
    console.log(`Back-dated run entered with ${String(pressed)} key presses`)
    expect(pressed).toBe(12)

    const yesterday = addDays(today, -1)
    await expect(entry.runRows().first()).toContainText(formatDate(yesterday))
    expect(backend.db.prepare('SELECT date, duration_min, distance_m, rpe FROM runs').all()).toEqual([
      { date: yesterday, duration_min: 45, distance_m: 8200, rpe: 6 },
    ])
    // Ready for the next one, focus back in the date field.
    await expect(entry.runForm.getByLabel('Date')).toBeFocused()
  })

  test('the date field reads weekdays and day/month, and says which day it took', async ({ page, backend }) => {
    await openAthlete(page, backend)
    const date = new AthletePage(page).runForm.getByLabel('Date')
    await date.fill('mon')
    const weekday = (Number(new Date(`${today}T12:00:00`).getDay()) + 6) % 7
    await expect(date).toHaveAccessibleDescription(formatDate(addDays(today, -weekday)))
    await date.fill('3/12/2025')
    await expect(date).toHaveAccessibleDescription('Wed 3 Dec 2025')
    await date.fill('next week')
    await expect(date).toHaveAccessibleDescription('e.g. today, y, mon, 3/12 or a full date')
    await date.press('Enter')
    await expect(page.getByText('Use a date like 2026-03-31')).toBeVisible()
  })

  test('an unlikely run is held with a warning until the coach confirms; Enter on Type saves', async ({
    page,
    backend,
  }) => {
    await openAthlete(page, backend)
    const form = new AthletePage(page).runForm
    // 45 min / 8.2 km typed one field off: 8.2 min and 4 km, and no RPE.
    await form.getByLabel('Duration (min)').fill('8.2')
    await form.getByLabel('Distance (km)').fill('4')
    await form.getByLabel('Type').press('Enter')
    const warning = form.getByRole('alert')
    await expect(warning).toContainText('A pace of 2:03/km is faster than 2:30/km.')
    await expect(warning).toContainText('No session RPE')
    expect(backend.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 })

    // Fixing the values takes the warning away; Enter on the Type select then saves.
    await form.getByLabel('Duration (min)').fill('45')
    await form.getByLabel('Distance (km)').fill('8.2')
    await form.getByLabel('Session RPE (0–10)').fill('5')
    await expect(warning).toBeHidden()
    await form.getByLabel('Type').selectOption({ label: 'Long' })
    await form.getByLabel('Type').press('Enter')
    await expect(form.getByRole('status')).toContainText('Saved: long run')

    // A future date and more than 5 hours: saved only with "Save anyway".
    await form.getByLabel('Date').fill(addDays(today, 2))
    await form.getByLabel('Duration (min)').fill('5:30:00')
    await form.getByLabel('Session RPE (0–10)').fill('4')
    await form.getByLabel('Duration (min)').press('Enter')
    await expect(warning).toContainText('The date is in the future.')
    await expect(warning).toContainText('The run lasted 5:30:00, more than 5 hours.')
    await form.getByLabel('Duration (min)').press('Enter')
    expect(backend.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 1 })
    await warning.getByRole('button', { name: 'Save anyway' }).click()
    await expect(form.getByRole('status')).toContainText('Saved: easy run')
    expect(backend.db.prepare('SELECT duration_min FROM runs ORDER BY id').all()).toEqual([
      { duration_min: 45 },
      { duration_min: 330 },
    ])
  })
})

test.describe('in an American locale', () => {
  test.use({ locale: 'en-US' })

  test('"3/12" is 12 March, the latest one not after today', async ({ page, backend }) => {
    await openAthlete(page, backend)
    const date = new AthletePage(page).runForm.getByLabel('Date')
    await date.fill('3/12')
    const year = Number(today.slice(0, 4))
    const march12 = `${String(year)}-03-12` <= today ? `${String(year)}-03-12` : `${String(year - 1)}-03-12`
    await expect(date).toHaveAccessibleDescription(formatDate(march12))
  })
})
