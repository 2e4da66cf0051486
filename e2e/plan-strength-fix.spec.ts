// A program week planned with one strength session: the week's warning offers "Add a strength session
// on <day>", one click plans it there (the furthest free day from Monday's), the warning goes, and Undo
// in the toast takes the session away again, bringing the warning back.
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { expect, test } from './fixtures'
import { PlanSection } from './pages/plan'
import { call } from '../test/support'

test('"Add a strength session" plans it on a free day, and Undo takes it away', async ({ page, backend }) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Maren Holt' })
  const thisMonday = isoWeekStart(localIsoDate(new Date()))
  const program = await call(backend, 'programs.create', {
    athleteId: athlete.id,
    templateKey: 'core-stability',
    startDate: thisMonday,
  })
  const { athleteId: _a, rationale: _r, createdAt: _c, updatedAt: _u, ...fields } = program
  await call(backend, 'programs.update', { ...fields, status: 'active' })
  const monday = addDays(thisMonday, 7)
  await call(backend, 'plans.create', { athleteId: athlete.id, date: monday, kind: 'strength', durationMin: 30 })
  const sunday = addDays(monday, 6)

  await page.goto(`/#/athletes/${String(athlete.id)}/plan`)
  const plan = new PlanSection(page)
  await plan.root.getByRole('button', { name: 'Next week →' }).click()
  const weekNotes = plan.root.getByRole('group', { name: 'Warnings for the whole week' })
  const warning = weekNotes.getByRole('note', { name: /1 strength session planned in a program week/ })
  await expect(warning).toContainText(`Strength sessions planned in the week of ${formatDate(monday)}: 1`)

  const label = `Add a strength session on ${formatDate(sunday)}`
  await warning.getByRole('button', { name: label }).click()
  await expect(page.getByText(`Applied: ${label}.`)).toBeVisible()
  await expect(plan.day(sunday).getByRole('article', { name: 'Strength' })).toBeVisible()
  await expect(weekNotes).toHaveCount(0)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(plan.day(sunday).getByRole('article', { name: 'Strength' })).toHaveCount(0)
  await expect(warning).toBeVisible()
})
