// A coach imports a folder of watch files for one runner: preview, import with the progress bar, rate
// the imported runs, see them on the runner's page, and import the same folder again to find only
// duplicates. The files are made by the test (the FIT SDK's encoder, hand-written GPX and CSV).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fitFile, gpxFile, stravaCsv } from '../test/import-files'
import { AthletePage } from './pages/athlete'
import { ImportPage } from './pages/import'
import { noteStatusTexts } from './pages/status'
import type { Backend } from '../electron/main/backend'
import { expect, test } from './fixtures'

function exportFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-e2e-files-'))
  writeFileSync(
    join(dir, 'tuesday.fit'),
    fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 2700, distanceM: 9000, strides: 85 }),
  )
  writeFileSync(
    join(dir, 'thursday.fit'),
    fitFile({ start: '2026-03-12T06:30:00Z', durationSec: 1800, distanceM: 6000 }),
  )
  writeFileSync(
    join(dir, 'saturday.gpx'),
    gpxFile({ start: '2026-03-14T08:00:00Z', durationSec: 5400, distanceM: 16000 }),
  )
  writeFileSync(
    join(dir, 'ride.fit'),
    fitFile({ start: '2026-03-15T08:00:00Z', durationSec: 3600, distanceM: 30000, sport: 'cycling' }),
  )
  // A big file of rides (skipped, not runs) keeps the import busy long enough to watch the progress bar.
  const rides = Array.from({ length: 30000 }, (_, i) => ({
    id: i,
    date: `Jan ${String((i % 28) + 1)}, ${String(1990 + Math.floor(i / 336))}, 7:00:00 AM`,
    name: 'Commute, to work',
    type: 'Ride',
    elapsed: 1800,
    moving: 1700,
    metres: 9000,
  }))
  writeFileSync(join(dir, 'activities.csv'), stravaCsv(rides))
  writeFileSync(join(dir, 'notes.txt'), 'not an activity')
  return dir
}

function addRunner(backend: Backend): void {
  backend.repos.athletes.insert({
    name: 'Mara K.',
    birthYear: null,
    sex: null,
    experience: 'experienced',
    runDaysPerWeek: 4,
    goal: '',
    notes: '',
    groups: [],
  })
}

test('a coach imports a folder of watch files, rates the runs, and a second import finds only duplicates', async ({
  page,
  backend,
  dialogs,
}) => {
  addRunner(backend)
  const folder = exportFolder()
  try {
    const importing = new ImportPage(page, dialogs)
    await importing.open()
    await expect(page.getByRole('heading', { name: 'Import runs', level: 1 })).toBeVisible()
    await importing.chooseFolder(folder)
    await expect(page.getByRole('heading', { name: '5 files chosen' })).toBeVisible()
    await expect(page.getByText('1 left out')).toBeVisible()

    // Preview without an athlete is refused next to the field.
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    await expect(page.getByText('Choose the athlete these runs belong to.')).toBeVisible()
    await importing.chooseAthlete('Mara K.')
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    await expect(importing.summary).toContainText('3 new runs to import')
    await expect(importing.rows('new')).toHaveCount(3)
    await expect(importing.rows('skipped').filter({ hasText: 'ride.fit' })).toContainText(
      'Skipped: Not a run: the file says this is “cycling”',
    )
    expect(backend.db.prepare('SELECT count(*) AS n FROM runs').get()).toEqual({ n: 0 })
    // Cadence in steps per minute: 85 strides × 2.
    await expect(importing.rows('new').filter({ hasText: 'tuesday.fit' })).toContainText('170')

    const statusTexts = await noteStatusTexts(page)
    await page.getByRole('button', { name: 'Import 3 runs' }).click()
    await expect(importing.progress.locator('progress')).toBeVisible()
    await expect(importing.progress.getByRole('status')).toContainText(/Importing \d of 5 files/)
    await expect(importing.summary).toContainText('3 runs imported', { timeout: 20_000 })
    // The bar moved with the back end's pushed events: files done and per cent only rose, file by file.
    const steps = (await statusTexts())
      .map((t) => /^Importing (\d) of 5 files \((\d+) %\)/.exec(t))
      .filter((m) => m !== null)
      .map((m) => [Number(m[1]), Number(m[2])] as const)
    expect(new Set(steps.map(([files]) => files)).size).toBeGreaterThan(1)
    steps.forEach(([files, percent], i) => {
      const [before, beforePercent] = steps[i - 1] ?? [0, 0]
      expect(files).toBeGreaterThanOrEqual(before)
      expect(percent).toBeGreaterThanOrEqual(beforePercent)
    })
    await expect(importing.rows('imported')).toHaveCount(3)

    // Rate your imports: one run rated, it leaves the list.
    await expect(importing.rateList.getByRole('listitem')).toHaveCount(3)
    const first = importing.rateList.getByRole('listitem').first()
    await first.getByRole('textbox').fill('11')
    await first.getByRole('button', { name: 'Save' }).click()
    await expect(first).toContainText('Session RPE is a whole number from 0 to 10')
    await first.getByRole('textbox').fill('6')
    await first.getByRole('button', { name: 'Save' }).click()
    await expect(importing.rateList.getByRole('listitem')).toHaveCount(2)
    expect(backend.db.prepare('SELECT count(*) AS n FROM runs WHERE rpe = 6').get()).toEqual({ n: 1 })

    // The runs are on the runner's page, with the source file kept.
    await page.goto('/#/roster')
    await page.getByRole('link', { name: 'Mara K.' }).click()
    const mara = new AthletePage(page)
    await mara.section('Runs')
    await expect(mara.runRows()).toHaveCount(3)
    expect(backend.db.prepare("SELECT source_file FROM runs WHERE source = 'import' ORDER BY date").all()).toEqual([
      { source_file: 'tuesday.fit' },
      { source_file: 'thursday.fit' },
      { source_file: 'saturday.gpx' },
    ])

    // The same folder again: every run is a duplicate, nothing to import.
    await page.getByRole('link', { name: 'Import' }).click()
    await page.getByRole('button', { name: 'Start over' }).click()
    await importing.chooseFolder(folder)
    await importing.chooseAthlete('Mara K.')
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    await expect(importing.summary).toContainText('0 new runs to import')
    await expect(importing.summary).toContainText('3 duplicates left out')
    await expect(importing.rows('duplicate')).toHaveCount(3)
    await expect(importing.rows('duplicate').first()).toContainText('Duplicate: Already in Backstride')
    await expect(page.getByRole('button', { name: /^Import \d+ runs?$/ })).toHaveCount(0)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('a run dated in the future is flagged in the preview and imported only once the coach confirms it', async ({
  page,
  backend,
  dialogs,
}) => {
  addRunner(backend)
  const dir = mkdtempSync(join(tmpdir(), 'backstride-e2e-files-'))
  const ahead = new Date(Date.now() + 3 * 86_400_000)
  ahead.setUTCHours(6, 30, 0, 0)
  writeFileSync(
    join(dir, 'wrong-clock.fit'),
    fitFile({ start: ahead.toISOString(), durationSec: 1800, distanceM: 5000 }),
  )
  writeFileSync(
    join(dir, 'tuesday.fit'),
    fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 2700, distanceM: 9000, offsetSec: 3600 }),
  )
  try {
    const importing = new ImportPage(page, dialogs)
    await importing.open()
    await importing.chooseFolder(dir)
    await importing.chooseAthlete('Mara K.')
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    await expect(importing.summary).toContainText('1 new run to import')
    await expect(importing.summary).toContainText('1 run dated in the future to confirm')
    await expect(importing.rows('future')).toContainText('In the future: Dated')
    // The run's own local time, its date and time apart, with the watch's offset.
    await expect(importing.rows('new')).toContainText('Tue 10 Mar 2026, 07:30 (UTC+01:00)')

    const confirm = page.getByRole('checkbox', { name: /Import it too/ })
    await expect(confirm).not.toBeChecked()
    await expect(page.getByRole('button', { name: 'Import 1 run' })).toBeVisible()
    await confirm.check()
    await page.getByRole('button', { name: 'Import 2 runs' }).click()
    await expect(importing.summary).toContainText('2 runs imported', { timeout: 20_000 })
    expect(backend.db.prepare('SELECT start_utc FROM runs ORDER BY date').all()).toEqual([
      { start_utc: '2026-03-10T06:30:00Z' },
      { start_utc: ahead.toISOString().replace('.000Z', 'Z') },
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
