// Import through the dispatcher, as the renderer drives it: preview, import, duplicates, one transaction
// per file, cancel, and the imported runs waiting for an RPE.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { call, cleanup, digest, grant, tempBackend, tempDir } from '../../../../test/support'
import type { ImportJobStatus } from '#shared/transfer'
import { runUpdateOf } from '#shared/schemas/run'
import { fitFile, gpxFile, stravaCsv, tcxFile, write } from '../../../../test/import-files'

let backend: Backend
let athleteId: number
let dir: string

beforeEach(async () => {
  backend = await tempBackend()
  athleteId = (await call(backend, 'athletes.create', { name: 'Mara K.' })).id
  dir = tempDir()
})

afterEach(cleanup)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function finish(jobId: number): Promise<ImportJobStatus> {
  for (;;) {
    const status = await call(backend, 'import.status', { jobId })
    if (status.state !== 'running') return status
    await sleep(2)
  }
}

/** Files as the renderer names them: by the grant main issued when the coach chose them. */
const granted = <F extends { path: string }>(files: F[]) =>
  files.map(({ path, ...file }) => ({ ...file, grant: grant(backend, path) }))

async function run(mode: 'import.preview' | 'import.start', files: { name: string; path: string }[], who = athleteId) {
  return finish((await call(backend, mode, { athleteId: who, files: granted(files) })).jobId)
}

const storedRuns = () =>
  backend.db
    .prepare(
      'SELECT date, start_time, duration_min, distance_m, cadence_spm, elevation_gain_m, source, source_file FROM runs ORDER BY date',
    )
    .all()

describe('importing watch files', () => {
  it('previews without writing, then imports the runs with what a coach needs', async () => {
    const files = [
      write(
        dir,
        'tuesday.fit',
        fitFile({
          start: '2026-03-10T06:30:00Z',
          durationSec: 1800,
          distanceM: 5000,
          strides: 85,
          ascentM: 30,
          offsetSec: 0,
        }),
      ),
      write(dir, 'wednesday.gpx', gpxFile({ start: '2026-03-11T17:00:00Z', durationSec: 2400, distanceM: 6000 })),
      write(dir, 'thursday.tcx', tcxFile({ start: '2026-03-12T17:00:00Z', durationSec: 3000, distanceM: 8000 })),
      write(
        dir,
        'ride.fit',
        fitFile({ start: '2026-03-13T17:00:00Z', durationSec: 3000, distanceM: 25000, sport: 'cycling' }),
      ),
    ]
    const before = digest(backend.db)
    const preview = await run('import.preview', files)
    expect(digest(backend.db)).toBe(before)
    expect(preview).toMatchObject({ state: 'done', done: 4, total: 4, totals: { activities: 4, runs: 3, skipped: 1 } })
    expect(preview.results.map((r) => r.activities.map((a) => a.status))).toEqual([
      ['new'],
      ['new'],
      ['new'],
      ['skipped'],
    ])
    // A skipped activity still shows when it was, on this computer's clock (its FIT has no offset).
    expect(preview.results[3]?.activities[0]).toMatchObject({ date: '2026-03-13', startTime: '17:00' })

    const imported = await run('import.start', files)
    expect(imported.totals).toMatchObject({ runs: 3, duplicates: 0, skipped: 1, errors: 0 })
    expect(imported.results[0]?.activities[0]).toMatchObject({ status: 'imported', cadenceSpm: 170 })
    expect(storedRuns()).toEqual([
      expect.objectContaining({
        date: '2026-03-10',
        start_time: '06:30',
        duration_min: 30,
        distance_m: 5000,
        cadence_spm: 170,
        elevation_gain_m: 30,
        source: 'import',
        source_file: 'tuesday.fit',
      }),
      expect.objectContaining({ duration_min: 40, source_file: 'wednesday.gpx' }),
      expect.objectContaining({ duration_min: 50, distance_m: 8000, source_file: 'thursday.tcx' }),
    ])
  })

  it('recognises the same file again, and the same run in another format, as duplicates', async () => {
    const fit = write(dir, 'run.fit', fitFile({ start: '2026-03-10T06:30:07Z', durationSec: 2820, distanceM: 4489 }))
    await run('import.start', [fit])
    // The GPX of the same run: its start a few seconds off, its distance summed from points 2 % short.
    const gpx = write(dir, 'run.gpx', gpxFile({ start: '2026-03-10T06:30:11Z', durationSec: 2818, distanceM: 4395 }))
    const again = await run('import.start', [fit, gpx])
    expect(again.totals).toMatchObject({ runs: 0, duplicates: 2 })
    expect(again.results[0]?.activities[0]).toMatchObject({
      status: 'duplicate',
      reason:
        'Already in Backstride: that run started Tue 10 Mar 2026, 06:30 (06:30 UTC), this one ' +
        'Tue 10 Mar 2026, 06:30 (06:30 UTC); same start within a minute, same distance or duration.',
    })
    expect(storedRuns()).toHaveLength(1)

    // Within one batch the second copy is the duplicate; another athlete may have a run at that minute.
    const other = (await call(backend, 'athletes.create', { name: 'Jon P.' })).id
    const batch = await run('import.start', [fit, gpx], other)
    expect(batch.results.map((r) => r.activities[0]?.status)).toEqual(['imported', 'duplicate'])
    expect(batch.results[1]?.activities[0]?.reason).toBe(
      'The same run appears earlier in this import: that run started Tue 10 Mar 2026, 06:30 (06:30 UTC), this one ' +
        'Tue 10 Mar 2026, 06:30 (06:30 UTC); same start within a minute, same distance or duration.',
    )
  })

  it('reads the gzipped files of a Strava bulk export folder, and lists what it leaves out', async () => {
    const folder = join(dir, 'export', 'activities')
    mkdirSync(folder, { recursive: true })
    write(
      folder,
      '123.fit.gz',
      gzipSync(fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 })),
    )
    write(
      folder,
      '124.gpx.gz',
      gzipSync(gpxFile({ start: '2026-03-11T06:30:00Z', durationSec: 1800, distanceM: 5000 })),
    )
    write(folder, 'photo.jpg', 'not an activity')
    const scan = await call(backend, 'import.scan', { grants: [grant(backend, join(dir, 'export'))] })
    expect(scan.files.map((f) => [f.name, f.kind])).toEqual([
      ['123.fit.gz', 'fit'],
      ['124.gpx.gz', 'gpx'],
    ])
    expect(scan.ignored).toEqual([
      { name: 'photo.jpg', path: join(folder, 'photo.jpg'), reason: 'Not a FIT, GPX, TCX or CSV file.' },
    ])
    // Each file the scan found comes with a grant of its own.
    const { jobId } = await call(backend, 'import.start', {
      athleteId,
      files: scan.files.map(({ name, grant }) => ({ name, grant })),
    })
    const status = await finish(jobId)
    expect(status.totals.runs).toBe(2)
  })

  it('does not take a different run of the same day for a duplicate', async () => {
    await run('import.start', [
      write(dir, 'am.fit', fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 })),
    ])
    const pm = await run('import.start', [
      write(dir, 'pm.fit', fitFile({ start: '2026-03-10T17:30:00Z', durationSec: 1800, distanceM: 5000 })),
    ])
    expect(pm.totals.runs).toBe(1)
  })
})

describe('one transaction per file', () => {
  it('refuses each malformed file with its reason, writes nothing from it, and imports the good ones', async () => {
    const whole = fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 })
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><gpx><trk><name>&b;</name></trk></gpx>'
    const files = [
      write(dir, 'truncated.fit', whole.slice(0, whole.length - 25)),
      write(dir, 'bomb.gpx', bomb),
      write(dir, 'latin1.csv', Buffer.from('Date,Duration\n2026-03-10,45\nZo\xeb,30\n', 'latin1')),
      write(dir, 'missing.csv', 'Activity ID,Activity Date,Activity Name\n1,"Jul 7, 2018, 5:04:11 PM",x\n'),
      write(dir, 'empty.gpx', ''),
      write(dir, 'empty.csv', ''),
      write(dir, 'good.gpx', gpxFile({ start: '2026-03-11T17:00:00Z', durationSec: 2400, distanceM: 6000 })),
    ]
    const status = await run('import.start', files)
    expect(status.results.map((r) => [r.name, r.state, r.message])).toEqual([
      ['truncated.fit', 'failed', expect.stringMatching(/^This FIT file is damaged or incomplete/)],
      ['bomb.gpx', 'failed', expect.stringMatching(/declares a DOCTYPE/)],
      ['latin1.csv', 'failed', expect.stringMatching(/^This CSV is not UTF-8 text/)],
      [
        'missing.csv',
        'failed',
        'This looks like a Strava export, but it has no “Activity Type”, “Elapsed Time” column, so it cannot be read.',
      ],
      ['empty.gpx', 'failed', 'The file is empty.'],
      ['empty.csv', 'failed', 'The file is empty.'],
      ['good.gpx', 'done', null],
    ])
    expect(storedRuns()).toEqual([expect.objectContaining({ source_file: 'good.gpx' })])
  })

  it('rolls back a big CSV that turns out to be in the wrong encoding far into the file', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      id: i,
      date: `Mar ${String((i % 28) + 1)}, 2025, ${String((i % 11) + 1)}:${String(i % 60).padStart(2, '0')}:00 AM`,
      name: `Run ${String(i)}`,
      type: 'Run',
      elapsed: 1800 + i,
      moving: 1800 + i,
      metres: 5000 + i,
    }))
    const good = Buffer.from(stravaCsv(rows), 'utf8')
    const path = write(
      dir,
      'activities.csv',
      Buffer.concat([good, Buffer.from('9999,"Mar 1, 2025, 1:00:00 AM",Caf\xe9,Run\n', 'latin1')]),
    )
    // The é of "Café", counted from the first byte of the file as a hex editor does.
    const bad = good.length + '9999,"Mar 1, 2025, 1:00:00 AM",Caf'.length + 1
    expect(bad).toBeGreaterThan(256 * 1024)
    const before = digest(backend.db)
    const status = await run('import.start', [path])
    expect(status.results[0]).toMatchObject({ state: 'failed', counts: { runs: 0 } })
    expect(status.results[0]?.message).toMatch(
      new RegExp(
        `^This CSV is not UTF-8 text: byte ${bad.toLocaleString('en-GB')} of the file is the first .* Nothing from this file was saved\\.$`,
      ),
    )
    expect(digest(backend.db)).toBe(before)
  })

  it('stops at Cancel: finished files stay, the file in hand is rolled back, the rest are not read', async () => {
    const rows = Array.from({ length: 20000 }, (_, i) => ({
      id: i,
      date: `Jan ${String((i % 28) + 1)}, ${String(2000 + Math.floor(i / 336))}, ${String((i % 12) + 1)}:${String(i % 60).padStart(2, '0')}:00 PM`,
      name: 'Run',
      type: 'Run',
      elapsed: 1800,
      moving: 1800,
      metres: 5000,
    }))
    const first = write(
      dir,
      'first.gpx',
      gpxFile({ start: '2026-03-11T17:00:00Z', durationSec: 2400, distanceM: 6000 }),
    )
    const big = write(dir, 'activities.csv', stravaCsv(rows))
    const last = write(dir, 'last.gpx', gpxFile({ start: '2026-03-12T17:00:00Z', durationSec: 2400, distanceM: 6000 }))
    const { jobId } = await call(backend, 'import.start', { athleteId, files: granted([first, big, last]) })
    for (;;) {
      const status = await call(backend, 'import.status', { jobId })
      if (status.current === 'activities.csv' && status.bytesDone > 0) break
      await sleep(1)
    }
    await call(backend, 'import.cancel', { jobId })
    const status = await finish(jobId)
    expect(status.state).toBe('cancelled')
    expect(status.results.map((r) => [r.name, r.state])).toEqual([
      ['first.gpx', 'done'],
      ['activities.csv', 'cancelled'],
    ])
    expect(status.message).toBe('Cancelled. 1 file was imported before that and kept; 2 not imported.')
    expect(storedRuns()).toEqual([expect.objectContaining({ source_file: 'first.gpx' })])
  })
})

describe('tables from a spreadsheet', () => {
  it('reads Excel’s “Unicode text” (UTF-16 with a byte-order mark, tab-separated, saved as .txt)', async () => {
    const table = [
      ['Activity Type', 'Date', 'Favorite', 'Title', 'Distance', 'Calories', 'Time', 'Avg Run Cadence'],
      ['Running', '2026-03-10 07:31:12', 'false', 'Zoë’s “easy”, by the river', '10.02', '612', '00:52:10', '172'],
      ['Running', '2026-03-11 18:00:00', 'false', 'Intervals 山', '8.00', '500', '00:40:00', '176'],
    ]
    const text = table.map((row) => row.join('\t')).join('\r\n') + '\r\n'
    const unicodeText = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const path = write(dir, 'Activities.txt', unicodeText)
    const scan = await call(backend, 'import.scan', { grants: [grant(backend, path.path)] })
    expect(scan.files.map((f) => [f.name, f.kind])).toEqual([['Activities.txt', 'csv']])

    const status = await run('import.start', [path])
    expect(status.results[0]).toMatchObject({ state: 'done', message: 'Read as a Garmin Connect export.' })
    expect(status.totals).toMatchObject({ runs: 2, errors: 0 })
    expect(
      backend.db
        .prepare('SELECT date, start_time, duration_min, distance_m, notes FROM runs ORDER BY date')
        .raw(true)
        .all(),
    ).toEqual([
      ['2026-03-10', '07:31', 52.17, 10020, 'Zoë’s “easy”, by the river'],
      ['2026-03-11', '18:00', 40, 8000, 'Intervals 山'],
    ])
  })

  it('takes a .txt inside a folder for a note, not a table', async () => {
    const folder = join(dir, 'watch')
    mkdirSync(folder)
    write(folder, 'README.txt', 'Copied from the watch on Monday.')
    const scan = await call(backend, 'import.scan', { grants: [grant(backend, folder)] })
    expect(scan.files).toEqual([])
    expect(scan.ignored.map((f) => f.reason)).toEqual([
      'A text file inside a folder is not read; choose it on its own to import it as a table.',
    ])
  })
})

describe('a job in which every file failed', () => {
  it('says so in its summary, for a preview and for an import', async () => {
    const files = [write(dir, 'empty.gpx', ''), write(dir, 'notes.fit', 'not a watch file')]
    const preview = await run('import.preview', files)
    expect(preview).toMatchObject({ state: 'done', totals: { runs: 0 } })
    expect(preview.message).toBe(
      'None of the 2 files could be read: there is nothing to import. The reason is given next to each file.',
    )
    const imported = await run('import.start', [files[0]!])
    expect(imported.message).toBe(
      'The file could not be read, so nothing was imported. The reason is given next to each file.',
    )
    // One good file among them: the summary counts, no alarm.
    const good = write(dir, 'good.gpx', gpxFile({ start: '2026-03-11T17:00:00Z', durationSec: 2400, distanceM: 6000 }))
    expect((await run('import.preview', [...files, good])).message).toBeNull()
  })
})

describe('rate your imports', () => {
  it('lists this import’s runs without an RPE until the coach rates them', async () => {
    const files = [
      write(dir, 'a.fit', fitFile({ start: '2026-03-10T06:30:00Z', durationSec: 1800, distanceM: 5000 })),
      write(dir, 'b.fit', fitFile({ start: '2026-03-11T06:30:00Z', durationSec: 2400, distanceM: 6000 })),
    ]
    const { jobId } = await call(backend, 'import.start', { athleteId, files: granted(files) })
    await finish(jobId)
    const unrated = await call(backend, 'import.unrated', { jobId })
    expect(unrated.map((r) => r.date)).toEqual(['2026-03-11', '2026-03-10'])
    await call(backend, 'runs.update', runUpdateOf(unrated[0]!, { rpe: 7 }))
    expect((await call(backend, 'import.unrated', { jobId })).map((r) => r.date)).toEqual(['2026-03-10'])
  })

  it('refuses an unknown job and a missing athlete', async () => {
    expect(await backend.dispatch('import.status', { jobId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'jobId' },
    })
    expect(
      await backend.dispatch('import.start', { athleteId: 999, files: granted([write(dir, 'a.fit', 'x')]) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})

describe('many small watch files', () => {
  it('are saved in groups, and a file is reported imported only once its runs are in the database', async () => {
    const files = Array.from({ length: 40 }, (_, i) =>
      write(
        dir,
        `day-${String(i).padStart(2, '0')}.gpx`,
        gpxFile({
          start: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T0${String(6 + Math.floor(i / 28))}:00:00Z`,
          durationSec: 1800 + i * 60,
          distanceM: 5000 + i * 100,
        }),
      ),
    )
    const { jobId } = await call(backend, 'import.start', { athleteId, files: granted(files) })
    const saved = backend.db.prepare('SELECT count(*) FROM runs').pluck()
    let status: ImportJobStatus
    let looks = 0
    do {
      status = await call(backend, 'import.status', { jobId })
      // Never ahead of the data: what the status calls imported is already on disk.
      const reported = status.results.reduce(
        (sum, r) => sum + r.activities.filter((a) => a.status === 'imported').length,
        0,
      )
      expect(saved.get()).toBeGreaterThanOrEqual(reported)
      expect(status.totals.runs).toBe(reported)
      looks++
      await sleep(1)
    } while (status.state === 'running')
    expect(looks).toBeGreaterThan(1)
    expect(status.state).toBe('done')
    expect(status.totals).toMatchObject({ activities: 40, runs: 40, duplicates: 0, errors: 0 })
    expect(saved.get()).toBe(40)
    // Each file still has its own range of ids, so "Rate your imports" lists every run of the job.
    expect((await call(backend, 'import.unrated', { jobId })).length).toBe(40)
  })
})
