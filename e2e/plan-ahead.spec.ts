// The group week's "Plan ahead" column: each runner's highest ACWR on a planned day, read from one team
// forecast, equals the peak of that runner's own forecast (plans.forecast, as the athlete page draws it);
// it explains itself when nothing is planned or the history is too short, follows a template applied to the
// group without reloading the page, and opens the runner's plan.
import type { Backend } from '../electron/main/backend'
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { expect, test } from './fixtures'
import { call } from '../test/support'

const today = () => localIsoDate(new Date())

/** A runner in the group with runs `daysAgo` before today (40 min, 7 km, RPE 4 each). */
async function runner(backend: Backend, name: string, daysAgo: number[]) {
  const athlete = await call(backend, 'athletes.create', { name, groups: ['Trail'] })
  for (const n of daysAgo)
    await call(backend, 'runs.create', {
      athleteId: athlete.id,
      date: addDays(today(), -n),
      durationMin: 40,
      distanceM: 7_000,
      rpe: 4,
    })
  return athlete
}

/** The descriptive bands of domain.md, judged on the ratio as shown (two decimals). */
function band(ratio: number): string {
  const shown = Math.round(ratio * 100) / 100
  return shown < 0.8 ? 'low' : shown <= 1.3 ? 'typical' : shown <= 1.5 ? 'elevated' : 'high'
}

/** The peak as the coach should read it, taken straight from the runner's own forecast (plans.forecast). */
async function expectedPeak(backend: Backend, athleteId: number): Promise<string> {
  const forecast = await call(backend, 'plans.forecast', { athleteId })
  const from = forecast.plannedFrom
  if (from === null) throw new Error('the runner has nothing planned ahead')
  const planned = forecast.days.filter((d) => d.date >= from && d.acwrEwma !== null)
  const peak = planned.reduce((best, d) => ((d.acwrEwma ?? 0) > (best.acwrEwma ?? 0) ? d : best))
  const ratio = peak.acwrEwma ?? Number.NaN
  return `${ratio.toFixed(2)} (${band(ratio)}), on ${formatDate(peak.date)}`
}

test('each runner’s plan-ahead peak ACWR equals their own forecast’s, and follows a template applied to the group', async ({
  page,
  backend,
}) => {
  const maren = await runner(backend, 'Maren Holt', [40, 30, 20, 13, 6])
  const ines = await runner(backend, 'Ines Vidal', [38, 24, 10, 5])
  const pablo = await runner(backend, 'Pablo Serra', [])
  const nextMonday = addDays(isoWeekStart(today()), 7)
  // Maren's long run next Wednesday, well above her usual 40 minutes; Pablo's first run, with no history.
  await call(backend, 'plans.create', {
    athleteId: maren.id,
    date: addDays(nextMonday, 2),
    runType: 'long',
    durationMin: 110,
    distanceM: 18_000,
    rpe: 6,
  })
  await call(backend, 'plans.create', { athleteId: pablo.id, date: addDays(today(), 1), durationMin: 30, rpe: 4 })

  await page.goto('/#/plan')
  await page.getByLabel('Group').selectOption({ label: 'Trail' })
  const row = (name: string) => page.getByRole('row', { name: new RegExp(name) })
  const aheadOf = (name: string) => row(name).getByRole('link', { name: /ACWR|planned|history|\(/ })

  const marenPeak = await expectedPeak(backend, maren.id)
  await expect(aheadOf('Maren Holt')).toHaveText(marenPeak)
  await expect(aheadOf('Maren Holt')).toHaveAccessibleDescription(
    'The highest acute:chronic workload ratio Maren Holt’s plan reaches, over actual plus planned days. Opens Maren Holt’s plan.',
  )
  await expect(aheadOf('Ines Vidal')).toHaveText('nothing planned ahead')
  await expect(aheadOf('Pablo Serra')).toHaveText('building history')
  await expect(page.getByRole('columnheader', { name: 'Plan ahead' })).toBeVisible()

  // Maren's next week applied to the week after for the group: Ines gets it scaled to her own weeks, and her
  // cell shows her new peak without the page being reloaded (Pablo, without runs, is left out).
  await page.getByRole('button', { name: 'Next week →' }).click()
  await page.getByRole('button', { name: 'Next week →' }).click()
  const template = page.getByRole('form', { name: 'Apply a week template to the group' })
  await template.getByLabel('Template: the week of').selectOption({ label: 'Maren Holt' })
  await template.getByRole('button', { name: 'Apply to this week' }).click()
  await expect(template.getByRole('status')).toContainText('Ines Vidal: 1 session at')
  const inesPeak = await expectedPeak(backend, ines.id)
  await expect(aheadOf('Ines Vidal')).toHaveText(inesPeak)
  await expect(aheadOf('Maren Holt')).toHaveText(marenPeak)

  // The cell opens the runner's plan, where the forecast chart draws the same figure.
  await aheadOf('Ines Vidal').click()
  await expect(page).toHaveURL(new RegExp(`#/athletes/${String(ines.id)}/plan$`))
  await expect(page.getByRole('region', { name: 'Training plan' })).toBeVisible()
})
