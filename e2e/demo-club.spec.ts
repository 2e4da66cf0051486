// First start: the coach opens the demo club and finds a roster to explore.
import { RosterPage } from './pages/roster'
import { expect, test } from './fixtures'

test('the demo club fills the roster with twelve runners, their last runs and pain', async ({ page, backend }) => {
  const roster = new RosterPage(page)
  await roster.open()
  await page.getByRole('button', { name: 'Open the demo club' }).click()
  await expect(roster.table.locator('tbody tr')).toHaveCount(12)
  const athletes = backend.repos.athletes.list(false)
  expect(athletes).toHaveLength(12)
  expect(await roster.names()).toEqual(athletes.map((a) => a.name))
  // Every demo runner has run in the last week, so no row says "No runs yet".
  await expect(roster.table.getByText('No runs yet')).toHaveCount(0)

  // Search narrows the roster as the coach types.
  const first = athletes[0]?.name ?? ''
  await page.getByLabel('Search athletes').fill(first)
  await expect(roster.table.locator('tbody tr')).toHaveCount(1)
  await expect(roster.row(first)).toBeVisible()
})

test('an urgent red flag ticked on a pain report tells the coach to stop the runner and see a doctor today', async ({
  page,
  backend,
}) => {
  const athlete = backend.repos.athletes.insert({
    name: 'Lea S.',
    birthYear: 1990,
    sex: 'female',
    experience: 'experienced',
    runDaysPerWeek: 4,
    goal: '',
    notes: '',
    groups: [],
  })
  await page.goto(`/#/athletes/${String(athlete)}/pain`)
  const form = page.getByTestId('pain-form')
  await expect(form.getByRole('alert')).toHaveCount(0)
  await form.getByLabel('Weakness or numbness in both legs').check()
  await expect(form.getByRole('alert')).toContainText('stop running and see a doctor today')
})

test('archiving a runner hides them from the roster until the coach restores them', async ({ page, backend }) => {
  backend.repos.athletes.insert({
    name: 'Ruth B.',
    birthYear: null,
    sex: null,
    experience: 'returning',
    runDaysPerWeek: 3,
    goal: '',
    notes: '',
    groups: [],
  })
  const roster = new RosterPage(page)
  await roster.open()
  await roster.row('Ruth B.').getByRole('link', { name: 'Ruth B.' }).click()
  await page.getByRole('button', { name: 'Archive athlete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click()
  await page.getByRole('link', { name: 'Roster' }).click()
  await expect(roster.row('Ruth B.')).toHaveCount(0)
  await page.getByLabel('Show archived').check()
  await roster.row('Ruth B.').getByRole('link', { name: 'Ruth B.' }).click()
  await page.getByRole('button', { name: 'Restore athlete' }).click()
  await page.getByRole('link', { name: 'Roster' }).click()
  await page.getByLabel('Show archived').uncheck()
  await expect(roster.row('Ruth B.')).toBeVisible()
  expect(backend.repos.athletes.list(false).map((a) => a.name)).toEqual(['Ruth B.'])
})
