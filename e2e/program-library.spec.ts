// The exercise library as a coach uses it: change a built-in's dosage and get the defaults back, add an
// exercise of their own and use it in a program, and delete it again after being told where it is used.
import { call } from '../test/support'
import { expect, test } from './fixtures'

test('a coach edits a built-in exercise, restores it, and adds, uses and deletes their own', async ({
  page,
  backend,
}) => {
  await page.goto('/#/exercises')
  const plank = page.locator('article[data-exercise="Front plank"]')
  await expect(plank).toContainText('3 × 20 s hold · rest 30 s')

  await plank.getByRole('button', { name: 'Edit Front plank' }).click()
  const form = page.getByTestId('exercise-form')
  await form.getByLabel('Hold (s)').fill('30')
  await form.getByRole('textbox', { name: 'Cue 2' }).fill('Hips level with the shoulders.')
  await form.getByRole('button', { name: 'Save exercise' }).click()
  await expect(plank).toContainText('3 × 30 s hold · rest 30 s')
  await expect(plank).toContainText('Hips level with the shoulders.')
  await expect(plank.getByText('Edited')).toBeVisible()

  await plank.getByRole('button', { name: 'Restore the defaults of Front plank' }).click()
  await expect(plank).toContainText('3 × 20 s hold · rest 30 s')
  await expect(plank.getByText('Edited')).toHaveCount(0)

  // A coach's own exercise, refused until it has two cues and a target.
  await page.getByRole('button', { name: 'Add exercise' }).click()
  await form.getByLabel('Name').fill('Wall sit')
  await form.getByRole('textbox', { name: 'Cue 1' }).fill('Back flat against the wall.')
  await form.getByRole('button', { name: 'Save exercise' }).click()
  await expect(form.getByText('Pick at least one target')).toBeVisible()
  await form.getByLabel('Quads').check()
  await form.getByRole('textbox', { name: 'Cue 2' }).fill('Knees above the ankles.')
  await form.getByLabel('Reps').fill('')
  await form.getByLabel('Hold (s)').fill('30')
  await form.getByLabel('When to stop').fill('Stop if a knee hurts.')
  await form.getByRole('button', { name: 'Save exercise' }).click()
  const wallSit = page.locator('article[data-exercise="Wall sit"]')
  await expect(wallSit).toContainText('2 × 30 s hold')
  await expect(wallSit.getByText('Your exercise')).toBeVisible()

  const athlete = await call(backend, 'athletes.create', { name: 'Jon P.' })
  const program = await call(backend, 'programs.create', { athleteId: athlete.id, templateKey: null })
  await page.goto(`/#/programs/${String(program.id)}`)
  const strength = page.locator('[data-session="strength"]')
  await strength.getByLabel('Add to strength').selectOption({ label: 'Wall sit' })
  await strength.getByRole('button', { name: 'Add', exact: true }).click()
  await page.getByRole('button', { name: 'Save program' }).first().click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Program saved' })).toBeVisible()

  await page.getByRole('link', { name: 'Exercises' }).click()
  await wallSit.getByRole('button', { name: 'Delete Wall sit' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('It is used 1 time in programs and will be taken out of them.')
  await dialog.getByRole('button', { name: 'Delete' }).click()
  await expect(wallSit).toHaveCount(0)
  expect((await call(backend, 'programs.get', { id: program.id })).items).toEqual([])
})
