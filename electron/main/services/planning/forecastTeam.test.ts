// plans.forecastTeam reads every athlete's runs, pain and plan once; each athlete's forecast in it must be
// plans.forecast of that athlete, exactly (toStrictEqual: every figure to the last bit, spikes in the same
// order). Random histories: double days with and without start times, ties in length, runs without
// distance or RPE, deleted runs, runs dated after today, planned runs and strength, archived athletes.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { addDays } from '#shared/dates'
import { athleteFields } from '#shared/schemas/athlete'
import { painCreate } from '#shared/schemas/pain'
import { runFields } from '#shared/schemas/run'
import { call, cleanup, tempBackend } from '../../../../test/support'
import { normalise } from './service'

let backend: Backend
beforeAll(async () => {
  backend = await tempBackend()
})
afterAll(cleanup)

const ORIGIN = { source: 'manual', sourceFile: null, fingerprint: null } as const
const START = '2025-06-02'

// Runs crowd into a few weeks so double days, ties and same-day spikes are common.
const run = fc.record({
  day: fc.oneof(fc.integer({ min: 0, max: 140 }), fc.integer({ min: 50, max: 60 })),
  startTime: fc.option(fc.constantFrom('06:30', '12:00', '18:15'), { freq: 2 }),
  durationMin: fc.constantFrom(20, 30, 45, 60, 90),
  distanceM: fc.option(fc.constantFrom(4000, 8000, 8800, 12_000), { freq: 4 }),
  rpe: fc.option(fc.integer({ min: 1, max: 10 }), { freq: 5 }),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
})
const athlete = fc.record({
  runs: fc.array(run, { maxLength: 40 }),
  pain: fc.array(fc.record({ day: fc.integer({ min: 0, max: 140 }), score: fc.integer({ min: 0, max: 10 }) }), {
    maxLength: 8,
  }),
  planned: fc.array(
    fc.record({
      after: fc.integer({ min: 0, max: 56 }),
      kind: fc.constantFrom('run', 'run', 'strength'),
      durationMin: fc.constantFrom(30, 60, 100),
      distanceM: fc.option(fc.constantFrom(6000, 15_000), { freq: 2 }),
      rpe: fc.option(fc.integer({ min: 2, max: 8 }), { freq: 4 }),
    }),
    { maxLength: 12 },
  ),
  archived: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
})

type AthleteSpec = typeof athlete extends fc.Arbitrary<infer T> ? T : never

let made = 0
function write(spec: AthleteSpec, today: string): number {
  const id = backend.repos.athletes.insert(athleteFields.parse({ name: `Runner ${String(++made)}` }))
  const repos = backend.repos
  repos.db.transaction(() => {
    for (const { day, deleted, ...r } of spec.runs) {
      const fields = runFields.parse({ athleteId: id, date: addDays(START, day), ...r })
      const runId = repos.runs.insert(fields, ORIGIN)
      if (deleted) repos.runs.softDelete(runId)
    }
    for (const p of spec.pain)
      repos.pain.insert(
        painCreate.parse({ athleteId: id, date: addDays(START, p.day), score: p.score, timing: 'later' }),
      )
    for (const p of spec.planned)
      repos.planned.insert(
        id,
        normalise({
          date: addDays(today, p.after),
          time: null,
          kind: p.kind,
          runType: null,
          durationMin: p.durationMin,
          distanceM: p.distanceM,
          rpe: p.rpe,
          surface: null,
          shoeId: null,
          programId: null,
          notes: '',
        }),
      )
  })()
  return id
}

describe('plans.forecastTeam', () => {
  it('gives every active athlete exactly the forecast plans.forecast gives them, and no one archived', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(athlete, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 60, max: 150 }),
        async (specs, at) => {
          const today = addDays(START, at)
          const ids = specs.map((spec) => write(spec, today))
          specs.forEach((spec, i) => spec.archived && backend.repos.athletes.archive(ids[i] ?? 0))
          const team = await call(backend, 'plans.forecastTeam', { today })
          for (const [i, id] of ids.entries()) {
            if (specs[i]?.archived) expect(team[id]).toBeUndefined()
            else expect(team[id]).toStrictEqual(await call(backend, 'plans.forecast', { athleteId: id, today }))
          }
          for (const id of ids) backend.repos.athletes.archive(id)
        },
      ),
      { numRuns: 30 },
    )
  })
})
