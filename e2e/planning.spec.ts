// Planning ahead: a long run planned with the keyboard that would be a single-run spike shows its
// warning with the numbers and the source, and one click shortens it to the limit; sessions move by drag.
import type { Backend } from '../electron/main/backend'
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { expect, test } from './fixtures'
import { call } from '../test/support'
import { LoadSection } from './pages/load'
import { PlanSection } from './pages/plan'

const today = () => localIsoDate(new Date())

async function runner(backend: Backend) {
  const athlete = await call(backend, 'athletes.create', { name: 'Maren Holt' })
  // Six weeks of history, so the ratio is past "building history" and the forecast can carry it on.
  await call(backend, 'runs.create', {
    athleteId: athlete.id,
    date: addDays(today(), -40),
    durationMin: 30,
    distanceM: 5_000,
    rpe: 4,
    type: 'easy',
  })
  await call(backend, 'runs.create', {
    athleteId: athlete.id,
    date: addDays(today(), -20),
    durationMin: 60,
    distanceM: 10_000,
    rpe: 5,
    type: 'long',
  })
  return athlete
}

/** Shows the week of `date` in the calendar (the next week when `date` falls after this Sunday). */
async function showWeekOf(plan: PlanSection, date: string) {
  if (isoWeekStart(date) !== isoWeekStart(today())) await plan.root.getByRole('button', { name: 'Next week →' }).click()
}

test('a planned long run that would be a spike shows its numbers and is shortened to the limit in one click', async ({
  page,
  backend,
}) => {
  const athlete = await runner(backend)
  const day = addDays(today(), 2)
  await page.goto(`/#/athletes/${String(athlete.id)}/plan`)
  const plan = new PlanSection(page)
  await showWeekOf(plan, day)
  // A run with neither a duration nor a distance is refused next to the field; Escape closes the form.
  await plan.day(day).focus()
  await page.keyboard.press('n')
  const form = plan.root.getByRole('form', { name: /^Plan a session on/ })
  await form.getByLabel('Planned duration (min)').press('Enter')
  await expect(form.getByLabel('Planned duration (min)')).toHaveAccessibleDescription(
    /Enter a planned duration or distance for the run/,
  )
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  expect(await call(backend, 'plans.list', { athleteId: athlete.id, from: day, to: day })).toEqual([])

  await plan.planWithKeyboard(day, { runType: 'Long', distance: '12', duration: '72' })

  const session = plan.session('Long run, 12.0 km')
  const warning = session.getByRole('note', { name: /^Plan warning/ })
  await expect(warning).toContainText('Planned run is 120 % of the longest run before it')
  await expect(warning).toContainText('Planned: 12.0 km')
  await expect(warning).toContainText(
    `Longest done run in the 30 days before: 10.0 km on ${formatDate(addDays(today(), -20))}`,
  )
  await expect(warning).toContainText('Limit (110 %): 11.0 km')
  await warning.getByText('Rule and source').click()
  await expect(warning).toContainText('Frandsen et al. (2025). How much running is too much?')

  await warning.getByRole('button', { name: 'Shorten to 11.0 km' }).click()
  const fixed = plan.session('Long run, 11.0 km')
  await expect(fixed).toContainText('Planned time: 66 min')
  await expect(fixed.getByRole('note')).toHaveCount(0)
  const saved = await call(backend, 'plans.list', { athleteId: athlete.id, from: day, to: day })
  expect(saved.map((s) => [s.distanceM, s.durationMin])).toEqual([[11_000, 66]])

  // The load chart draws the plan after today: one planned bar and the ratio carried on, dashed.
  await page.getByRole('tab', { name: 'Overview', exact: true }).click()
  const load = new LoadSection(page)
  await expect.poll(async () => (await load.snapshot())?.points['Planned (forecast)']).toBe(1)
  const chart = await load.snapshot()
  expect(chart?.points['ACWR, with the plan']).toBe(3)
  expect(chart?.xMax).toBe(new Date(`${addDays(day, 1)}T00:00:00`).getTime())
})

test('a planned session moves to another day by drag, or by Alt+arrow from the keyboard', async ({ page, backend }) => {
  const athlete = await runner(backend)
  const monday = isoWeekStart(today())
  await call(backend, 'plans.create', { athleteId: athlete.id, date: monday, kind: 'strength', durationMin: 30 })
  await page.goto(`/#/athletes/${String(athlete.id)}/plan`)
  const plan = new PlanSection(page)
  const card = plan.day(monday).getByRole('article', { name: 'Strength' })
  await card.dragTo(plan.day(addDays(monday, 2)))
  await expect(plan.day(addDays(monday, 2)).getByRole('article', { name: 'Strength' })).toBeVisible()
  await plan.day(addDays(monday, 2)).getByRole('article', { name: 'Strength' }).focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(plan.day(addDays(monday, 3)).getByRole('article', { name: 'Strength' })).toBeVisible()
  const saved = await call(backend, 'plans.list', { athleteId: athlete.id, from: monday, to: addDays(monday, 6) })
  expect(saved.map((s) => s.date)).toEqual([addDays(monday, 3)])

  // The month view lists it on its day; choosing a day opens that day's week again.
  await plan.root.getByRole('button', { name: 'Month', exact: true }).click()
  const month = plan.root.getByRole('table', { name: /^Planned sessions,/ })
  const cell = month
    .getByRole('cell')
    .filter({ has: page.getByRole('button', { name: `Open the week of ${addDays(monday, 3)}` }) })
  await expect(cell).toContainText('Strength')
  await cell.getByRole('button').click()
  await expect(plan.day(addDays(monday, 3)).getByRole('article', { name: 'Strength' })).toBeVisible()
})

test('a week copied forward, exported as .ics, and the group week shows planned against done with compliance', async ({
  page,
  backend,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Ines Vidal', groups: ['Road 10k'] })
  const monday = isoWeekStart(today())
  // A planned run on Monday, done 9 km against 8 km planned: 113 %, inside the ±20 % band.
  await call(backend, 'plans.create', { athleteId: athlete.id, date: monday, distanceM: 8_000, durationMin: 45 })
  await call(backend, 'runs.create', { athleteId: athlete.id, date: monday, durationMin: 47, distanceM: 9_000, rpe: 4 })
  await page.goto(`/#/athletes/${String(athlete.id)}/plan`)
  const plan = new PlanSection(page)
  await expect(plan.root.getByRole('status')).toHaveText('Compliance this week: 100 % (1 of 1 planned session done).')
  await expect(plan.session('Easy run, 8.0 km')).toContainText('Done as planned (113 % of the planned distance)')

  await plan.root.getByRole('button', { name: 'Copy week to next week' }).click()
  await expect(page.getByText('Week copied to the next week.')).toBeVisible()
  const next = await call(backend, 'plans.list', {
    athleteId: athlete.id,
    from: addDays(monday, 7),
    to: addDays(monday, 13),
  })
  expect(next.map((s) => [s.date, s.distanceM])).toEqual([[addDays(monday, 7), 8_000]])

  await plan.root.getByRole('button', { name: 'Export 4 weeks as .ics' }).click()
  await expect(page.getByText(/^Saved 2 sessions to .*plan-ines-vidal-.*\.ics$/)).toBeVisible()

  await page.getByRole('link', { name: 'Team', exact: true }).click()
  const row = page.getByTestId('team-table').getByRole('row', { name: /Ines Vidal/ })
  // Its own column on a wide screen, a line under the name on a laptop: either way the coach sees it.
  await expect(row.getByText(/100 %/).filter({ visible: true })).toBeVisible()

  await page.getByRole('link', { name: 'Plan', exact: true }).click()
  await page.getByLabel('Group').selectOption({ label: 'Road 10k' })
  const groupRow = page.getByRole('row', { name: /Ines Vidal/ })
  await expect(groupRow).toContainText('Easy run, 8.0 km')
  await expect(groupRow).toContainText('Done: 9.0 km')
  await expect(groupRow.getByRole('cell').last()).toHaveText('100 %')
})
