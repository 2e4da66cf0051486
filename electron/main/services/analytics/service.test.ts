// The numbers a coach sees come from SQLite's grouped sums; they must equal the pure model fed with the
// same runs one by one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { call, cleanup, tempBackend } from '../../../../test/support'
import { generateClub } from '../seed/generate'
import { writeClub } from '../seed/write'
import { dailySeries, firstRunDate } from './days'
import { computeLoadMetrics } from './load'

const THROUGH = '2026-03-31'
let backend: Backend

afterEach(cleanup)

describe('athlete series from SQL', () => {
  beforeEach(async () => {
    backend = await tempBackend()
    writeClub(backend.repos, generateClub({ athletes: 6, days: 150, endDate: THROUGH, seed: 11 }))
  })

  it('equals dailySeries + computeLoadMetrics on the same runs, day by day, for every athlete', async () => {
    const athletes = await call(backend, 'athletes.list', {})
    expect(athletes).toHaveLength(6)
    for (const athlete of athletes) {
      const runs = await call(backend, 'runs.list', { athleteId: athlete.id })
      const series = await call(backend, 'analytics.athlete', { athleteId: athlete.id, through: THROUGH })
      const from = firstRunDate(runs)
      expect(series.from).toBe(from)
      const expected = dailySeries(runs, from ?? THROUGH, THROUGH)
      const metrics = computeLoadMetrics(expected.load)
      expect(series.days.map((d) => d.date)).toEqual(expected.dates)
      series.days.forEach((day, i) => {
        expect(day.load).toBeCloseTo(expected.load[i] ?? Number.NaN, 9)
        expect(day.distanceM).toBeCloseTo(expected.distanceM[i] ?? Number.NaN, 9)
        expect(day.durationMin).toBeCloseTo(expected.durationMin[i] ?? Number.NaN, 9)
        const m = metrics[i]
        expect(day.acuteEwma).toBeCloseTo(m?.acuteEwma ?? Number.NaN, 9)
        expect(day.chronicEwma).toBeCloseTo(m?.chronicEwma ?? Number.NaN, 9)
        expect(day.monotony).toBeCloseTo(m?.monotony ?? Number.NaN, 9)
        expect(day.form).toBeCloseTo(m?.form ?? Number.NaN, 9)
      })
      expect(series.weeks.reduce((n, w) => n + w.runCount, 0)).toBe(runs.length)
    }
  })

  it('leaves deleted runs out of the series', async () => {
    const [athlete] = await call(backend, 'athletes.list', {})
    const id = athlete?.id ?? 0
    const before = await call(backend, 'analytics.athlete', { athleteId: id, through: THROUGH })
    const [newest] = await call(backend, 'runs.list', { athleteId: id })
    await call(backend, 'runs.delete', { id: newest?.id ?? 0 })
    const after = await call(backend, 'analytics.athlete', { athleteId: id, through: THROUGH })
    const day = (s: typeof before) => s.days.find((d) => d.date === newest?.date)
    expect((day(before)?.durationMin ?? 0) - (day(after)?.durationMin ?? 0)).toBeCloseTo(newest?.durationMin ?? -1, 9)
  })
})

describe('team overview over a long history', () => {
  it('shows the same ACWR, chronic load and monotony as the athlete page over a 3-year history', async () => {
    backend = await tempBackend()
    writeClub(backend.repos, generateClub({ athletes: 4, days: 3 * 365, endDate: THROUGH, seed: 5 }))
    const team = await call(backend, 'analytics.team', { through: THROUGH })
    expect(team.rows).toHaveLength(4)
    for (const row of team.rows) {
      const series = await call(backend, 'analytics.athlete', { athleteId: row.athleteId, through: THROUGH })
      expect(series.days.length).toBeGreaterThan(1000)
      const last = series.days.at(-1)
      // One computation over the same rows: equal to the last bit, not merely close.
      expect(row.acwr).toBe(last?.acwrEwma)
      expect(row.chronicLoad).toBe(last?.chronicEwma)
      expect(row.monotony).toBe(last?.monotony)
    }
  })
})

describe('team overview', () => {
  beforeEach(async () => {
    backend = await tempBackend()
  })

  it('shows weekly load, worst pain, ACWR and week-over-week change for a hand-made week', async () => {
    const a = await call(backend, 'athletes.create', { name: 'Ana R.', groups: ['Road 10k'] })
    // Week of Monday 2026-03-23: 40 min × RPE 5 = 200 and 60 min × RPE 4 = 240 → 440; 10 km.
    // Week of Monday 2026-03-30 so far (Mon–Tue, THROUGH is a Tuesday): 50 min × RPE 6 = 300; 12 km, against
    // Mon–Tue of the week before (4 km) → +200 %. The first week (of 2026-03-16: 30 min × RPE 3 = 90, 5 km)
    // is the base of nothing.
    const runs = [
      { date: '2026-03-17', durationMin: 30, rpe: 3, distanceM: 5000 },
      { date: '2026-03-24', durationMin: 40, rpe: 5, distanceM: 4000 },
      { date: '2026-03-28', durationMin: 60, rpe: 4, distanceM: 6000 },
      { date: '2026-03-31', durationMin: 50, rpe: 6, distanceM: 12000 },
    ]
    for (const run of runs) await call(backend, 'runs.create', { athleteId: a.id, ...run })
    await call(backend, 'pain.report', { athleteId: a.id, date: '2026-03-28', score: 3, timing: 'after' })
    await call(backend, 'pain.report', { athleteId: a.id, date: '2026-03-29', score: 5, timing: 'next_morning' })
    const archived = await call(backend, 'athletes.create', { name: 'Old B.' })
    await call(backend, 'athletes.archive', { id: archived.id })

    const team = await call(backend, 'analytics.team', { through: THROUGH })

    expect(team.weekStarts).toHaveLength(8)
    expect(team.weekStarts.at(-1)).toBe('2026-03-30')
    expect(team.weekStarts[0]).toBe('2026-02-09')
    expect(team.rows.map((r) => r.name)).toEqual(['Ana R.'])
    const row = team.rows[0]
    expect(row?.loadWeeks).toEqual([0, 0, 0, 0, 0, 90, 440, 300])
    expect(row?.painWeeks).toEqual([null, null, null, null, null, null, 5, null])
    expect(row?.weekChangePct).toBe(200)
    expect(row?.latestPain).toEqual({ score: 5, date: '2026-03-29' })
    expect(row?.groups).toEqual(['Road 10k'])
    const series = await call(backend, 'analytics.athlete', { athleteId: a.id, through: THROUGH })
    // 15 days of history: no ratio yet, the chronic load beside it.
    expect(row?.acwr).toBeNull()
    expect(row?.acwrReason).toBe('building_history')
    expect(series.days.at(-1)?.acwrEwma).toBeNull()
    expect(row?.chronicLoad).toBe(series.days.at(-1)?.chronicEwma)
    expect(row?.monotony).toBe(series.days.at(-1)?.monotony)
    expect(series.weeks.at(-1)).toMatchObject({ distanceChangePct: 200, sameDaysThrough: THROUGH })
  })

  it('lists an athlete without runs with empty numbers instead of leaving them out', async () => {
    await call(backend, 'athletes.create', { name: 'New C.' })
    const team = await call(backend, 'analytics.team', { through: THROUGH })
    expect(team.rows).toEqual([
      {
        athleteId: expect.any(Number) as number,
        name: 'New C.',
        groups: [],
        loadWeeks: [0, 0, 0, 0, 0, 0, 0, 0],
        painWeeks: [null, null, null, null, null, null, null, null],
        acwr: null,
        acwrReason: null,
        chronicLoad: null,
        monotony: null,
        weekChangePct: null,
        latestPain: null,
        flag: null,
      },
    ])
  })

  it('puts the runner with an urgent red flag first, with "refer today" as their flag', async () => {
    const calm = await call(backend, 'athletes.create', { name: 'Aaron C.' })
    const flagged = await call(backend, 'athletes.create', { name: 'Zita F.' })
    await call(backend, 'runs.create', { athleteId: calm.id, date: '2026-03-30', durationMin: 30, rpe: 3 })
    await call(backend, 'pain.report', {
      athleteId: flagged.id,
      date: '2026-03-30',
      score: 4,
      timing: 'next_morning',
      redFlags: ['saddle_numbness'],
    })
    const team = await call(backend, 'analytics.team', { through: THROUGH })
    expect(team.rows.map((r) => r.name)).toEqual(['Zita F.', 'Aaron C.'])
    expect(team.rows[0]?.flag).toMatchObject({ level: 'refer_today', ruleId: 'red_flag_urgent' })
    expect(team.rows[1]?.flag).toBeNull()
  })
})
