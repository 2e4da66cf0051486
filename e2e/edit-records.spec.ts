// Every record a coach enters can be corrected in place: the same form, filled in; Escape cancels; the
// toast undoes the change; the load figures and the guidance follow at once.
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { GuidancePanel } from './pages/guidance'
import { call } from '../test/support'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const today = localIsoDate(new Date())

/** Opens one section of the athlete page by its tab. */
const openSection = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click()

test('a coach corrects a run in place, cancels with Escape, and undoes the change from the toast', async ({
  page,
  backend,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Mara K.', runDaysPerWeek: 3 })
  const day = addDays(today, -1)
  const run = await call(backend, 'runs.create', {
    athleteId: athlete.id,
    date: day,
    durationMin: 45,
    distanceM: 8200,
    rpe: 4,
  })
  await page.goto(`/#/athletes/${String(athlete.id)}`)
  // "Acute / chronic load" above the chart.
  const figures = page.getByRole('region', { name: 'Training load and pain' }).getByRole('definition').nth(1)
  await expect(figures).toBeVisible()
  const before = await figures.textContent()

  await openSection(page, 'Runs')
  const runs = page.getByRole('region', { name: 'Runs' })
  const row = runs.getByRole('row').filter({ hasText: formatDate(day) })
  await expect(row).toContainText('180')
  await row.getByRole('button', { name: `Edit easy run on ${formatDate(day)}` }).click()

  // The same form, filled in with the run's values, with focus in its first field.
  const form = page.getByRole('form', { name: `Edit run on ${formatDate(day)}` })
  await expect(form.getByLabel('Date')).toHaveValue(day)
  await expect(form.getByLabel('Date')).toBeFocused()
  await expect(form.getByLabel('Duration (min)')).toHaveValue('45:00')
  await expect(form.getByLabel('Distance (km)')).toHaveValue('8.2')
  await expect(form.getByLabel('Session RPE (0–10)')).toHaveValue('4')

  // Escape cancels: nothing is saved and focus goes back to the run's row.
  await form.getByLabel('Session RPE (0–10)').fill('9')
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(page.locator(`#run-row-${String(run.id)}`)).toBeFocused()
  expect(backend.db.prepare('SELECT rpe FROM runs WHERE id = ?').get(run.id)).toEqual({ rpe: 4 })

  await row.getByRole('button', { name: /^Edit easy run/ }).click()
  await form.getByLabel('Session RPE (0–10)').fill('7')
  await form.getByLabel('Type').selectOption({ label: 'Tempo' })
  await form.getByRole('button', { name: 'Save changes' }).click()

  // The row, the database and the load figures all show the edit at once: 45 min × RPE 7 = 315.
  await expect(form).toBeHidden()
  await expect(row).toContainText('315')
  await expect(row).toContainText('Tempo')
  expect(backend.db.prepare('SELECT rpe, type FROM runs WHERE id = ?').get(run.id)).toEqual({ rpe: 7, type: 'tempo' })
  await expect(runs.getByRole('row')).toHaveCount(2)
  await openSection(page, 'Overview')
  await expect(figures).not.toHaveText(before ?? '')

  const toast = page.getByTestId('toast').filter({ hasText: 'Run updated' })
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(figures).toHaveText(before ?? '')
  await openSection(page, 'Runs')
  await expect(row).toContainText('180')
  await expect(row).toContainText('Easy')
  expect(backend.db.prepare('SELECT rpe, type, distance_m FROM runs WHERE id = ?').get(run.id)).toEqual({
    rpe: 4,
    type: 'easy',
    distance_m: 8200,
  })
  // Both edits are kept in the run's history, newest first, shown under its edit form.
  await row.getByRole('button', { name: /^Edit easy run/ }).click()
  await page.getByText('Edit history (2)').click()
  const history = runs.getByRole('listitem')
  await expect(history).toHaveCount(2)
  await expect(history.first()).toContainText('RPE: 7 → 4; Type: tempo → easy; Load: 315 → 180')
  await expect(history.last()).toContainText('RPE: 4 → 7; Type: easy → tempo; Load: 180 → 315')
})

test('a pain report edited to tick a red flag raises the referral at once; Undo takes it back', async ({
  page,
  backend,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Jon P.', runDaysPerWeek: 3 })
  const day = addDays(today, -2)
  await call(backend, 'pain.report', { athleteId: athlete.id, date: day, score: 3, timing: 'after' })
  await page.goto(`/#/athletes/${String(athlete.id)}`)
  const guidance = new GuidancePanel(page)
  await expect(guidance.status).toBeVisible()
  await expect(guidance.banner).toHaveCount(0)

  await openSection(page, 'Pain')
  const item = page.getByTestId('pain-list').getByRole('listitem').first()
  await item.getByRole('button', { name: `Edit pain report from ${formatDate(day)}` }).click()
  const form = page.getByRole('form', { name: `Edit pain report from ${formatDate(day)}` })
  await expect(form.getByLabel('Pain (0–10)')).toHaveValue('3')
  await expect(form.getByLabel('Timing')).toHaveValue('after')
  await form.getByLabel('Pain (0–10)').fill('6')
  await form.getByLabel('Numbness in the saddle or groin area').check()
  await form.getByRole('button', { name: 'Save changes' }).click()

  await expect(guidance.banner).toBeVisible()
  await expect(item).toContainText('Urgent red flag')
  await page
    .getByTestId('toast')
    .filter({ hasText: 'Pain report updated' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(guidance.banner).toHaveCount(0)
  expect(backend.db.prepare('SELECT score FROM pain_reports').get()).toEqual({ score: 3 })
  expect(backend.db.prepare('SELECT count(*) AS n FROM pain_red_flags').get()).toEqual({ n: 0 })
})

test('an assessment and a shoe are edited in place with the same forms', async ({ page, backend }) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Ana R.', runDaysPerWeek: 3 })
  const day = addDays(today, -5)
  await call(backend, 'assessments.create', { athleteId: athlete.id, date: day, plankSec: 30 })
  await call(backend, 'shoes.create', { athleteId: athlete.id, name: 'Pegasus 41', startDate: day })
  await page.goto(`/#/athletes/${String(athlete.id)}/assessments`)

  const assessments = page.getByRole('region', { name: 'Assessments' })
  await assessments.getByRole('button', { name: `Edit assessment from ${formatDate(day)}` }).click()
  const assessmentForm = page.getByRole('form', { name: `Edit assessment from ${formatDate(day)}` })
  await expect(assessmentForm.getByLabel('Plank (s)')).toHaveValue('30')
  await assessmentForm.getByLabel('Plank (s)').fill('75')
  await assessmentForm.getByLabel('Plank (s)').press('Enter')
  await expect(assessmentForm).toBeHidden()
  await expect(assessments.getByRole('row').filter({ hasText: formatDate(day) })).toContainText('75 s')

  const shoes = page.getByRole('region', { name: 'Shoes' })
  await shoes.getByRole('button', { name: 'Edit Pegasus 41' }).click()
  const shoeForm = page.getByRole('form', { name: 'Edit Pegasus 41' })
  await expect(shoeForm.getByLabel('Replace at (km)')).toHaveValue('800')
  await shoeForm.getByLabel('Shoe name').fill('Pegasus 41 (blue)')
  await shoeForm.getByLabel('Replace at (km)').fill('650')
  await shoeForm.getByRole('button', { name: 'Save changes' }).click()
  await expect(shoes.getByRole('row', { name: /Pegasus 41 \(blue\)/ })).toBeVisible()
  expect(backend.db.prepare('SELECT name, replace_threshold_m FROM shoes').get()).toEqual({
    name: 'Pegasus 41 (blue)',
    replace_threshold_m: 650000,
  })
  await page
    .getByTestId('toast')
    .filter({ hasText: 'Pegasus 41 (blue) updated' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(shoes.getByRole('row', { name: /^Pegasus 41 / })).toBeVisible()
  expect(backend.db.prepare('SELECT name, replace_threshold_m FROM shoes').get()).toEqual({
    name: 'Pegasus 41',
    replace_threshold_m: 800000,
  })
})

test('a strength session logged, then edited to mobility: the strength reminder follows at once', async ({
  page,
  backend,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Lena S.', runDaysPerWeek: 3 })
  // The reminder is for a runner on an active program with strength work, from this week on.
  const proposed = await call(backend, 'programs.propose', { athleteId: athlete.id, startDate: isoWeekStart(today) })
  const { id, items, createdAt: _c, updatedAt: _u, athleteId: _a, rationale: _r, ...settings } = proposed
  await call(backend, 'programs.update', { id, items, ...settings, status: 'active' })
  const day = today
  await page.goto(`/#/athletes/${String(athlete.id)}`)
  await openSection(page, 'Program')
  const section = page.getByRole('region', { name: 'Strength and mobility sessions' })
  await expect(section).toContainText('No sessions logged yet.')

  await section.getByRole('button', { name: 'Log a session' }).click()
  const form = section.getByRole('form', { name: 'Log a session' })
  await form.getByLabel('Date').fill(day)
  await form.getByLabel('Exercises done').fill('Side plank\nBird-dog, Glute bridge')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(section.getByRole('row', { name: new RegExp(formatDate(day)) })).toContainText(
    'Side plank, Bird-dog, Glute bridge',
  )
  // One strength session in the last 7 days: the guidance reminds the coach of two or three a week.
  const guidance = new GuidancePanel(page)
  const reminder = guidance.card('1 strength session in the last 7 days')
  const none = guidance.card('0 strength sessions in the last 7 days')
  await openSection(page, 'Overview')
  await expect(reminder).toBeVisible()

  await openSection(page, 'Program')
  await section.getByRole('button', { name: `Edit strength session on ${formatDate(day)}` }).click()
  const edit = section.getByRole('form', { name: `Edit session on ${formatDate(day)}` })
  await expect(edit.getByLabel('Exercises done')).toHaveValue('Side plank\nBird-dog\nGlute bridge')
  await edit.getByLabel('Kind').selectOption({ label: 'Mobility' })
  await edit.getByLabel('Kind').press('Enter')
  await expect(edit).toBeHidden()
  await expect(section.getByRole('row', { name: new RegExp(formatDate(day)) })).toContainText('Mobility')
  await openSection(page, 'Overview')
  await expect(reminder).toHaveCount(0)
  await expect(none).toBeVisible()

  await page.getByTestId('toast').filter({ hasText: 'Session updated' }).getByRole('button', { name: 'Undo' }).click()
  await expect(reminder).toBeVisible()
  expect(backend.db.prepare('SELECT kind, completed_exercises FROM strength_sessions').get()).toEqual({
    kind: 'strength',
    completed_exercises: '["Side plank","Bird-dog","Glute bridge"]',
  })
})
