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

describe('plans.forecastTeam for the group week', () => {
  it('gives only the group, each cut to the days its plan reaches, and nothing where nothing is planned', async () => {
    const today = '2026-03-11'
    const planner = (await call(backend, 'athletes.create', { name: 'Planner', groups: ['Hills'] })).id
    const idle = (await call(backend, 'athletes.create', { name: 'Idle', groups: ['Hills'] })).id
    const outside = (await call(backend, 'athletes.create', { name: 'Outside' })).id
    for (const id of [planner, idle, outside])
      for (let d = 40; d >= 2; d -= 3)
        await call(backend, 'runs.create', { athleteId: id, date: addDays(today, -d), durationMin: 40, rpe: 4 })
    for (const id of [planner, outside])
      await call(backend, 'plans.create', {
        athleteId: id,
        date: addDays(today, 4),
        kind: 'run',
        durationMin: 90,
        rpe: 6,
      })
    const hills = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Hills')?.id ?? 0

    const team = await call(backend, 'plans.forecastTeam', { today, groupId: hills, aheadOnly: true })
    expect(Object.keys(team).map(Number).sort()).toEqual([planner, idle].sort())

    const full = await call(backend, 'plans.forecast', { athleteId: planner, today })
    const from = addDays(today, 4)
    expect(full.plannedFrom).toBe(from)
    expect(team[planner]).toStrictEqual({
      ...full,
      from,
      days: full.days.filter((d) => d.date >= from),
      weeks: full.weeks.filter((w) => w.weekStart >= '2026-03-09'),
      spikes: full.spikes.filter((s) => s.date >= from),
    })
    expect(team[planner]?.days[0]?.date).toBe(from)
    expect(team[idle]).toStrictEqual({
      athleteId: idle,
      from: null,
      through: today,
      days: [],
      weeks: [],
      spikes: [],
      today,
      plannedFrom: null,
    })
  })
})
