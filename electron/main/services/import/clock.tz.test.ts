// One clock for runs, with this computer set to Paris and to New York (vitest.config.ts runs this file once
// per zone with TZ set): a FIT keeps its watch's offset, a GPX whose times carry no zone is read as UTC
// and is the duplicate of its FIT twin, a run dated in the future waits for the coach's confirmation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { fitFile, gpxFile, importJob, tcxFile, write } from '../../../../test/import-files'
import { call, cleanup, tempBackend, tempDir } from '../../../../test/support'
import { runUpdateOf } from '#shared/schemas/run'

/** The Sunday run of the examples: 14:54 UTC on 8 October 2017, 16:54 on a watch in Paris (UTC+2). */
const START = '2017-10-08T14:54:00Z'
/** That instant on this computer's clock, per zone (October 2017: Paris on summer time, New York on EDT). */
const COMPUTER_CLOCK: Record<string, { time: string; offsetMin: number }> = {
  'Europe/Paris': { time: '16:54', offsetMin: 120 },
  'America/New_York': { time: '10:54', offsetMin: -240 },
}
const zone = process.env.TZ ?? ''
const computer = COMPUTER_CLOCK[zone]

let backend: Backend
let athleteId: number
let dir: string

beforeEach(async () => {
  backend = await tempBackend()
  athleteId = (await call(backend, 'athletes.create', { name: 'Mara K.' })).id
  dir = tempDir()
})
afterEach(cleanup)

const stored = () =>
  backend.db.prepare('SELECT date, start_time, start_utc, utc_offset_min, source_file FROM runs ORDER BY id').all() as {
    date: string
    start_time: string | null
    start_utc: string | null
    utc_offset_min: number | null
  }[]

describe(`this computer in ${zone}`, () => {
  it('is really on that clock (the test would prove nothing on UTC)', () => {
    expect(computer, `run this file through a TZ project of vitest.config.ts, not with TZ=${zone}`).toBeDefined()
    expect(-new Date(START).getTimezoneOffset()).toBe(computer?.offsetMin)
  })

  it('keeps a FIT run on its watch’s clock, and takes the no-zone GPX of it as its duplicate', async () => {
    const fit = write(dir, 'sunday.fit', fitFile({ start: START, durationSec: 2820, distanceM: 4489, offsetSec: 7200 }))
    await importJob(backend, 'import.start', { athleteId, files: [fit] })
    expect(stored()).toEqual([
      expect.objectContaining({
        date: '2017-10-08',
        start_time: '16:54',
        start_utc: '2017-10-08T14:54:00Z',
        utc_offset_min: 120,
      }),
    ])
    const runs = await call(backend, 'runs.list', { athleteId })
    expect(runs[0]).toMatchObject({ startTime: '16:54', startUtc: '2017-10-08T14:54:00Z', utcOffsetMin: 120 })

    // The same run exported as GPX with its times written without a zone ("2017-10-08T14:54:00").
    const gpx = write(dir, 'sunday.gpx', gpxFile({ start: START, durationSec: 2818, distanceM: 4395, zone: 'none' }))
    const preview = await importJob(backend, 'import.preview', { athleteId, files: [gpx] })
    const file = preview.results[0]
    expect(file?.message).toBe(
      'Its times carry no time zone: they were read as UTC, as the GPX format defines them, and are shown on ' +
        'this computer’s clock.',
    )
    expect(file?.activities[0]).toMatchObject({
      status: 'duplicate',
      date: '2017-10-08',
      startTime: computer?.time,
      offsetMin: null,
      reason:
        'Already in Backstride: that run started Sun 8 Oct 2017, 16:54 (14:54 UTC), this one ' +
        `Sun 8 Oct 2017, ${computer?.time ?? ''} (14:54 UTC); same start within a minute, same distance or duration.`,
    })
    const again = await importJob(backend, 'import.start', { athleteId, files: [gpx] })
    expect(again.totals).toMatchObject({ runs: 0, duplicates: 1 })
    expect(stored()).toHaveLength(1)
  })

  it('keeps the watch’s offset when the coach corrects the start, and moves the instant with it', async () => {
    const fit = write(dir, 'sunday.fit', fitFile({ start: START, durationSec: 2820, distanceM: 4489, offsetSec: 7200 }))
    await importJob(backend, 'import.start', { athleteId, files: [fit] })
    const [run] = await call(backend, 'runs.list', { athleteId })
    const edited = await call(backend, 'runs.update', runUpdateOf(run!, { startTime: '17:10' }))
    expect(edited).toMatchObject({ startTime: '17:10', startUtc: '2017-10-08T15:10:00Z', utcOffsetMin: 120 })
  })

  it('stores a lone GPX or TCX run at its UTC instant, shown on this computer’s clock, offset unknown', async () => {
    const gpx = write(dir, 'a.gpx', gpxFile({ start: START, durationSec: 1800, distanceM: 5000, zone: 'none' }))
    const tcx = write(dir, 'b.tcx', tcxFile({ start: '2017-10-10T06:00:00Z', durationSec: 1800, distanceM: 5000 }))
    const fitWithoutOffset = write(
      dir,
      'c.fit',
      fitFile({ start: '2017-10-12T06:00:00Z', durationSec: 1800, distanceM: 5000 }),
    )
    const status = await importJob(backend, 'import.start', { athleteId, files: [gpx, tcx, fitWithoutOffset] })
    expect(status.results[2]?.message).toBe(
      'The watch did not record its time zone, so the start is shown on this computer’s clock at that moment.',
    )
    // 06:00 UTC is 08:00 in Paris and 02:00 in New York, on the same day.
    const six = zone === 'America/New_York' ? '02:00' : '08:00'
    expect(stored().map((r) => [r.date, r.start_time, r.start_utc, r.utc_offset_min])).toEqual([
      ['2017-10-08', computer?.time, '2017-10-08T14:54:00Z', null],
      ['2017-10-10', six, '2017-10-10T06:00:00Z', null],
      ['2017-10-12', six, '2017-10-12T06:00:00Z', null],
    ])
  })

  it('flags a run dated in the future and imports it only when the coach confirms', async () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000)
    ahead.setUTCSeconds(0, 0)
    const future = write(dir, 'future.fit', fitFile({ start: ahead.toISOString(), durationSec: 1800, distanceM: 5000 }))
    const today = write(dir, 'past.fit', fitFile({ start: START, durationSec: 1800, distanceM: 5000 }))
    const files = [future, today]

    const preview = await importJob(backend, 'import.preview', { athleteId, files })
    expect(preview.totals).toMatchObject({ runs: 1, future: 1 })
    const flagged = preview.results[0]?.activities[0]
    expect(flagged?.status).toBe('future')
    expect(flagged?.reason).toMatch(
      /^Dated \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, which is in the future: check the date on the watch or the file\. It is imported only if you confirm runs dated in the future\.$/,
    )

    const unconfirmed = await importJob(backend, 'import.start', { athleteId, files })
    expect(unconfirmed.totals).toMatchObject({ runs: 1, future: 1 })
    expect(stored()).toHaveLength(1)

    const confirmed = await importJob(backend, 'import.start', { athleteId, files: [future], confirmFuture: true })
    expect(confirmed.totals).toMatchObject({ runs: 1, future: 0 })
    expect(confirmed.results[0]?.activities[0]?.status).toBe('imported')
    expect(stored().map((r) => r.start_utc)).toEqual([
      '2017-10-08T14:54:00Z',
      ahead.toISOString().replace('.000Z', 'Z'),
    ])
  })

  it('places a run typed by hand on this computer’s clock', async () => {
    await call(backend, 'runs.create', {
      athleteId,
      date: '2017-10-08',
      startTime: computer?.time ?? '',
      durationMin: 30,
    })
    expect(stored()).toEqual([expect.objectContaining({ start_utc: START, utc_offset_min: null })])
  })
})
