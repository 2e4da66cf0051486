// The forecast is analytics.athlete's own computation over done plus planned days; compliance matches
// planned runs to runs done within ±20 %; the .ics file reads back in another calendar library.
import { readFileSync } from 'node:fs'
import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { call, cleanup } from '../../../../test/support'
import { day, TODAY } from '../../../../test/guidance-fixtures'
import { planScenario } from '../../../../test/plan-fixtures'
import { computeLoadMetrics } from '../analytics/load'
import { dailySeries } from '../analytics/days'

afterEach(cleanup)

describe('forecast', () => {
  it('equals computeLoadMetrics over the done days plus the planned days, drawn from the first planned day', async () => {
    const s = await planScenario()
    const done = [
      { date: day(-40), durationMin: 40, rpe: 4 },
      { date: day(-10), durationMin: 50, rpe: 6 },
      { date: day(-1), durationMin: 30, rpe: 3 },
    ]
    for (const r of done) await s.run(r.date, r)
    const planned = [
      { date: TODAY, durationMin: 45, rpe: 5 },
      { date: day(4), durationMin: 90, rpe: 7 },
      { date: day(20), durationMin: 35, rpe: 4 },
    ]
    for (const p of planned) await s.plan(p.date, p)
    await s.plan(day(5), { kind: 'strength', durationMin: 30, rpe: 6 })

    const forecast = await call(s.backend, 'plans.forecast', { athleteId: s.athleteId, today: TODAY })
    const all = [...done, ...planned].map((r) => ({ ...r, distanceM: null, load: r.durationMin * r.rpe }))
    const series = dailySeries(all, day(-40), day(20))
    const expected = computeLoadMetrics(series.load)

    expect(forecast.plannedFrom).toBe(TODAY)
    expect(forecast.through).toBe(day(20))
    expect(forecast.days.map((d) => d.date)).toEqual(series.dates)
    expect(forecast.days.map((d) => d.load)).toEqual(series.load)
    const metrics = ({
      acuteEwma,
      chronicEwma,
      acwrEwma,
      acwrRolling,
      monotony,
      strain,
      fitness,
      fatigue,
      form,
    }: (typeof expected)[number]) => ({
      acuteEwma,
      chronicEwma,
      acwrEwma,
      acwrRolling,
      monotony,
      strain,
      fitness,
      fatigue,
      form,
    })
    expect(forecast.days.map(metrics)).toEqual(expected.map(metrics))
  })

  it('counts today as done once a run is logged today, not as planned too', async () => {
    const s = await planScenario()
    await s.run(day(-3), { durationMin: 30, rpe: 4 })
    await s.run(TODAY, { durationMin: 40, rpe: 5 })
    await s.plan(TODAY, { durationMin: 60, rpe: 5 })
    const forecast = await call(s.backend, 'plans.forecast', { athleteId: s.athleteId, today: TODAY })
    expect(forecast.plannedFrom).toBeNull()
    expect(forecast.days.at(-1)).toMatchObject({ date: TODAY, load: 200 })
  })
})

describe('compliance', () => {
  it('matches same day first, then a day either side; ±20 % is in, 20.1 % is not', async () => {
    const s = await planScenario()
    const exact = await s.plan('2026-03-23', { distanceM: 10_000 })
    const over = await s.plan('2026-03-24', { distanceM: 10_000 })
    const shifted = await s.plan('2026-03-25', { durationMin: 40 })
    const missed = await s.plan('2026-03-23', { distanceM: 5_000 })
    const ahead = await s.plan('2026-03-28', { distanceM: 8_000 })
    const r1 = await s.run('2026-03-23', { distanceM: 12_000 })
    const r2 = await s.run('2026-03-24', { distanceM: 12_010 })
    const r3 = await s.run('2026-03-26', { durationMin: 32 })
    const extra = await s.run('2026-03-26', { durationMin: 60 })
    const week = await call(s.backend, 'plans.week', {
      athleteId: s.athleteId,
      weekStart: '2026-03-23',
      today: '2026-03-26',
    })
    const status = Object.fromEntries(week.compliance.sessions.map((c) => [c.sessionId, [c.status, c.runId]]))
    expect(status[exact.id]).toEqual(['done', r1])
    expect(status[over.id]).toEqual(['off', r2])
    expect(status[shifted.id]).toEqual(['done', r3])
    expect(status[ahead.id]).toEqual(['upcoming', null])
    expect(status[missed.id]).toEqual(['missed', null])
    expect(week.compliance).toMatchObject({ due: 4, inBand: 2, unplannedRunIds: [extra] })
    expect(week.compliance.pct).toBe(50)
    const team = await call(s.backend, 'plans.teamCompliance', { weekStart: '2026-03-23', today: '2026-03-26' })
    expect(team[s.athleteId]).toBe(week.compliance.pct)
  })
})

describe('.ics export', () => {
  it('writes one event per planned session that another library reads back', async () => {
    const s = await planScenario('Zoë Ñúñez')
    const run = await s.plan('2026-03-26', {
      time: '07:30',
      durationMin: 50,
      distanceM: 10_000,
      runType: 'long',
      notes: 'Flat',
    })
    await s.plan('2026-03-27', { kind: 'strength', durationMin: 30 })
    const result = await call(s.backend, 'plans.exportIcs', {
      athleteId: s.athleteId,
      from: '2026-03-23',
      to: '2026-03-29',
    })
    expect(result.events).toBe(2)
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(result.path, 'utf8')))
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    const long = events.find((e) => e.uid === `${run.uuid}@backstride`)
    expect(long?.summary).toBe('Long run, 10.0 km — Zoë Ñúñez')
    expect(long?.startDate.toString()).toBe('2026-03-26T07:30:00')
    expect(long?.duration.toSeconds()).toBe(50 * 60)
    expect(long?.description).toBe('Planned time: 50 min\nPlanned distance: 10.0 km\nFlat')
    const strength = events.find((e) => e.summary === 'Strength — Zoë Ñúñez')
    expect(strength?.startDate.isDate).toBe(true)
    expect(strength?.startDate.toString()).toBe('2026-03-27')
  })

  it('refuses an empty range with a message next to the dates', async () => {
    const s = await planScenario()
    const result = await s.backend.dispatch('plans.exportIcs', {
      athleteId: s.athleteId,
      from: '2026-03-23',
      to: '2026-03-29',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', field: 'from' } })
  })
})
