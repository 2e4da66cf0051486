// A new coach's first loop, tried as a new coach would: empty database, one runner, one run, one pain
// report, an undone delete, and a switch to miles.
import { AthletePage } from './pages/athlete'
import { RosterPage } from './pages/roster'
import { expect, test } from './fixtures'

test('a new coach adds a runner, logs a run and a pain report, undoes a delete and switches to miles', async ({
  page,
  backend,
}) => {
  const roster = new RosterPage(page)
  await roster.open()
  await expect(roster.welcome).toBeVisible()
  await page.getByRole('button', { name: 'Start with an empty roster' }).click()

  const form = page.getByTestId('athlete-form')
  await form.getByLabel('Name').fill('Mara K.')
  // A new group is created only when asked: ↓ to "Create group “Road 10k”", then Enter.
  await form.getByLabel('Groups').fill('Road 10k')
  await form.getByLabel('Groups').press('ArrowDown')
  await form.getByLabel('Groups').press('Enter')
  await expect(form.getByRole('listitem').filter({ hasText: 'Road 10k' })).toBeVisible()
  await form.getByRole('button', { name: 'Save athlete' }).click()

  const athlete = new AthletePage(page)
  await expect(page.getByRole('heading', { name: 'Mara K.', level: 1 })).toBeVisible()
  await expect(athlete.runForm.getByLabel('Date')).toBeFocused()

  await athlete.logRun({ durationMin: '45', distance: '10', rpe: '6' })
  await expect(athlete.runRows()).toHaveCount(1)
  const row = athlete.runRows().first()
  await expect(row).toContainText('45:00')
  await expect(row).toContainText('10.00')
  // Session load = 45 min × RPE 6.
  await expect(row).toContainText('270')

  await athlete.reportPain({ score: '4', timing: 'Right after' })
  await expect(athlete.painList.getByRole('listitem').first()).toContainText('4')
  await expect(athlete.painList).toContainText('Right after')

  // The database holds exactly what the coach typed, in metres.
  const stored = backend.db.prepare('SELECT duration_min, distance_m, rpe FROM runs').all()
  expect(stored).toEqual([{ duration_min: 45, distance_m: 10000, rpe: 6 }])

  // Delete, then Undo from the toast: the run comes back as it was.
  await athlete.section('Runs')
  await row.getByRole('button', { name: /^Delete easy run on / }).click()
  const toast = page.getByTestId('toast').filter({ hasText: 'Run deleted' })
  await expect(toast).toBeVisible()
  await expect(page.getByText('No runs yet. Log the first one above.')).toBeVisible()
  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(athlete.runRows()).toHaveCount(1)
  await expect(athlete.runRows().first()).toContainText('270')

  await page.getByRole('link', { name: 'Roster' }).click()
  const rosterRow = roster.row('Mara K.')
  await expect(rosterRow).toContainText('Road 10k')
  await expect(rosterRow).toContainText('10.0 km')
  await expect(rosterRow.locator('.pain-chip')).toContainText('4')

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Miles (mi)').check()
  await page.getByRole('link', { name: 'Roster' }).click()
  // 10 km = 6.2137 mi.
  await expect(roster.row('Mara K.')).toContainText('6.2 mi')
  await roster.row('Mara K.').getByRole('link', { name: 'Mara K.' }).click()
  await athlete.section('Runs')
  await expect(athlete.runsTable.getByRole('columnheader', { name: 'Distance (mi)' })).toBeVisible()
  await expect(athlete.runRows().first()).toContainText('6.21')
})

test('a distance in miles is stored in metres and a negative one is refused next to the field', async ({
  page,
  backend,
}) => {
  const athlete = backend.repos.athletes.insert({
    name: 'Jon P.',
    birthYear: null,
    sex: null,
    experience: 'new',
    runDaysPerWeek: 3,
    goal: '',
    notes: '',
    groups: [],
  })
  backend.repos.settings.set('units', 'mi')
  await page.goto(`/#/athletes/${String(athlete)}`)
  const entry = new AthletePage(page)

  await entry.logRun({ durationMin: '30', distance: '-1', rpe: '5' }, 'mi')
  await expect(entry.runForm.getByText('Distance cannot be negative')).toBeVisible()
  expect(backend.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 })

  await entry.runForm.getByLabel('Distance (mi)').fill('5')
  await entry.runForm.getByLabel('Distance (mi)').press('Enter')
  await expect(entry.runRows()).toHaveCount(1)
  // 5 mi × 1609.344 m, rounded to the metre.
  expect(backend.db.prepare('SELECT distance_m FROM runs').get()).toEqual({ distance_m: 8047 })
})
