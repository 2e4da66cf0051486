// Real recordings from real devices and services (../shared/fixtures/activities, see its SOURCE.md):
// imported all at once, checked against what Garmin's FIT SDK itself reports, and the non-runs and broken
// files refused or skipped with their reasons. The folder is a test input kept outside the product; where
// it is absent these tests are skipped, saying so.
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { Decoder, Stream } from '@garmin/fitsdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { sharedFolder } from '../../../../test/shared-folder'
import { call, cleanup, grant, repoRoot, tempBackend } from '../../../../test/support'
import type { FileResult, ImportJobStatus } from '#shared/transfer'

const found = sharedFolder(join('fixtures', 'activities'), 'the real-file import tests')
const present = found !== null
const FIXTURES = found ?? join(repoRoot, '..', 'shared', 'fixtures', 'activities')

/** Empty where the folder is absent: `it.each` is collected even inside a skipped describe. */
const filesIn = (folder: string) =>
  present
    ? readdirSync(join(FIXTURES, folder))
        .sort()
        .map((name) => ({ name, path: join(FIXTURES, folder, name) }))
    : []

interface SdkSession {
  sport: string
  startTime: Date
  totalTimerTime: number
  totalDistance: number
  avgCadence?: number
  avgFractionalCadence?: number
}

/** What the FIT SDK, used directly, says about a file's session. */
function sdkSession(path: string): SdkSession {
  const { messages } = new Decoder(Stream.fromBuffer(readFileSync(path))).read()
  const session = messages.sessionMesgs?.[0] as SdkSession | undefined
  if (!session) throw new Error(`${path} has no session`)
  return session
}

describe.skipIf(!present)(`real recordings in ${relative(repoRoot, FIXTURES)}`, () => {
  let backend: Backend
  let status: ImportJobStatus
  const result = (name: string): FileResult => {
    const found = status.results.find((r) => r.name === name)
    if (!found) throw new Error(`no result for ${name}`)
    return found
  }

  beforeAll(async () => {
    backend = await tempBackend()
    const athleteId = (await call(backend, 'athletes.create', { name: 'Real files' })).id
    const files = [...filesIn('run'), ...filesIn('other'), ...filesIn('broken')]
    const scan = await call(backend, 'import.scan', { grants: [grant(backend, FIXTURES)] })
    expect(scan.files.map((f) => f.name).sort()).toEqual(files.map((f) => f.name).sort())
    const { jobId } = await call(backend, 'import.start', {
      athleteId,
      files: files.map(({ name, path }) => ({ name, grant: grant(backend, path) })),
    })
    do {
      await new Promise((resolve) => setTimeout(resolve, 10))
      status = await call(backend, 'import.status', { jobId })
    } while (status.state === 'running')
    // Detects a stuck import, not slowness: the whole folder takes seconds alone, more beside the full suite.
  }, 60_000)

  afterAll(cleanup)

  it.each(filesIn('run').filter((f) => f.name.endsWith('.fit')))(
    '$name: stores the distance, duration and cadence in steps that the FIT SDK reports',
    ({ name, path }) => {
      const sdk = sdkSession(path)
      expect(sdk.sport).toBe('running')
      expect(result(name)).toMatchObject({ state: 'done', counts: { runs: 1 } })
      const stored = backend.db
        .prepare('SELECT distance_m, duration_min, cadence_spm FROM runs WHERE source_file = ?')
        .get(name)
      const strides = (sdk.avgCadence ?? 0) + (sdk.avgFractionalCadence ?? 0)
      expect(stored).toEqual({
        distance_m: Math.round(sdk.totalDistance),
        duration_min: Math.round((sdk.totalTimerTime / 60) * 100) / 100,
        cadence_spm: Math.round(strides * 2 * 10) / 10,
      })
    },
  )

  it('takes every GPX and TCX run, and sees that 2067489619.gpx is the run already imported from its FIT', () => {
    for (const { name } of filesIn('run').filter((f) => !f.name.endsWith('.fit'))) {
      const expected = name === '2067489619.gpx' ? { runs: 0, duplicates: 1 } : { runs: 1, duplicates: 0 }
      expect(result(name), name).toMatchObject({ state: 'done', counts: expected })
    }
    const fit = sdkSession(join(FIXTURES, 'run', '2067489619.fit'))
    const gpx = result('2067489619.gpx').activities[0]
    expect(gpx?.status).toBe('duplicate')
    expect(Math.abs((gpx?.distanceM ?? 0) - fit.totalDistance) / fit.totalDistance).toBeLessThan(0.03)
    const imported = backend.db.prepare("SELECT count(*) AS n FROM runs WHERE source = 'import'").get()
    expect(imported).toEqual({ n: filesIn('run').length - 1 })
  })

  it('skips the ride and the swim, saying why', () => {
    expect(result('ride-3939576645.gpx').activities[0]).toMatchObject({
      status: 'skipped',
      reason: 'Not a run: the file says this is “road_biking”.',
    })
    expect(result('swim-6090674952.gpx').activities[0]).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(
        /does not say what sport this is, and its pace \(29:\d\d per km\) is not a running pace/,
      ),
    })
  })

  it('refuses or skips every broken file with a reason, and stores nothing from them', () => {
    expect(result('empty-sessions.fit')).toMatchObject({ state: 'failed', message: 'The file is empty.' })
    expect(result('empty-activities.fit')).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/^This FIT file is damaged or incomplete/),
    })
    expect(result('broken-dates.fit').activities[0]).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/cycling/),
    })
    expect(result('inverted-times.fit').activities[0]).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/^The times in this file contradict each other/),
    })
    const fromBroken = backend.db
      .prepare('SELECT count(*) AS n FROM runs WHERE source_file IN (SELECT value FROM json_each(?))')
      .get(JSON.stringify(filesIn('broken').map((f) => f.name)))
    expect(fromBroken).toEqual({ n: 0 })
  })
})
