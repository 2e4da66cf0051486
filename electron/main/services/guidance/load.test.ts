import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'
import type { Scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

const spikes = (s: Scenario) => s.alerts('load_spike').filter((a) => a.key.includes(':runs-'))
const progressions = (s: Scenario) => s.alerts('load_spike').filter((a) => a.key.includes(':progression-'))

describe('load spike — single run', () => {
  it('stays quiet at exactly 110 % of the longest run of the previous 30 days', async () => {
    const s = await scenario()
    await s.run(day(-20), { distanceM: 10_000, durationMin: 60 })
    await s.run(day(-3), { distanceM: 11_000, durationMin: 66 })
    expect(spikes(s)).toEqual([])
  })

  it('cautions at 110.1 %, naming the run and the longest one before it', async () => {
    const s = await scenario('Ada')
    const before = await s.run(day(-20), { distanceM: 10_000, durationMin: 60, type: 'long' })
    const spike = await s.run(day(-3), { distanceM: 11_010, durationMin: 66, type: 'long' })
    const alert = only(spikes(s))
    expect(alert.level).toBe('caution')
    expect(alert.key).toBe(`load_spike:${String(s.athleteId)}:runs-${String(spike)}`)
    expect(alert.message).toBe(
      'Ada’s run on Sun 22 Mar 2026 (11.0 km) was 110.1 % of the longest run in the 30 days before it (10.0 km on Thu 5 Mar 2026).',
    )
    expect(alert.evidence).toEqual([
      { kind: 'run', id: spike, date: day(-3), label: 'Long run', value: '11.0 km, 110.1 % of the longest before' },
      { kind: 'run', id: before, date: day(-20), label: 'Long run', value: '10.0 km, longest in the 30 days before' },
    ])
    expect(sourceKeys(alert)).toEqual(['frandsen-2025', 'seed-000', 'seed-004'])
  })

  it('keeps a spike for 14 days: day −13 counts, day −14 no longer does', async () => {
    const s = await scenario()
    await s.run(day(-25), { distanceM: 10_000, durationMin: 60 })
    await s.run(day(-14), { distanceM: 12_000, durationMin: 70 })
    expect(spikes(s)).toEqual([])
    const recent = await s.run(day(-13), { distanceM: 13_500, durationMin: 80 })
    expect(only(spikes(s)).evidence[0]?.id).toBe(recent)
  })
})

describe('load spike — two-week progression', () => {
  /** 10 km in the week of 2026-03-02, then `lastRun` metres on top of 5 × 2.2 km in the week of 2026-03-16. */
  async function weeks(s: Scenario, lastRun: number) {
    for (let offset = -23; offset <= -19; offset++) await s.run(day(offset), { distanceM: 2000, durationMin: 12 })
    for (let offset = -9; offset <= -5; offset++) await s.run(day(offset), { distanceM: 2200, durationMin: 13 })
    await s.run(day(-4), { distanceM: lastRun, durationMin: 12 })
  }

  it('stays quiet at exactly 30 % over two weeks', async () => {
    const s = await scenario()
    await weeks(s, 2000)
    expect(progressions(s)).toEqual([])
    expect(spikes(s)).toEqual([])
  })

  it('cautions at 30.1 % in the previous week, with both weeks as evidence', async () => {
    const s = await scenario('Jonas Days')
    await weeks(s, 2010)
    const alert = only(progressions(s))
    expect(alert.level).toBe('caution')
    expect(alert.key).toBe(`load_spike:${String(s.athleteId)}:progression-2026-03-16`)
    // Weeks by their Monday in the app's date format (never "2026-W12"); a name ending in s takes ’ alone.
    expect(alert.message).toBe(
      'Jonas Days’ distance in the week of Mon 16 Mar 2026 is 30.1 % above the week two weeks before.',
    )
    expect(alert.evidence).toEqual([
      { kind: 'metric', id: null, date: '2026-03-16', label: 'Distance, week of Mon 16 Mar 2026', value: '13.0 km' },
      {
        kind: 'metric',
        id: null,
        date: '2026-03-02',
        label: 'Distance, week of Mon 2 Mar 2026 (two weeks before)',
        value: '10.0 km',
      },
      { kind: 'metric', id: null, date: '2026-03-16', label: 'Change over two weeks', value: '+30.1 %' },
    ])
    expect(sourceKeys(alert)).toEqual(['nielsen-2014', 'seed-000', 'seed-004'])
    // Three weeks on, that week is neither the current nor the previous one.
    expect(s.alerts('load_spike', day(13)).filter((a) => a.key.includes(':progression-'))).toEqual([])
  })
})

describe('monotony', () => {
  /** One run a day for the last 7 days with these loads (duration × RPE 1). */
  async function week(s: Scenario, loads: number[]) {
    for (const [i, load] of loads.entries()) await s.run(day(i - 6), { durationMin: load, rpe: 1 })
  }

  it('stays quiet at 1.99', async () => {
    const s = await scenario()
    await week(s, [20, 40, 60, 80, 100, 120, 141])
    expect(s.alerts('monotony')).toEqual([])
  })

  it('cautions at exactly 2.0, listing the week’s runs and loads', async () => {
    const s = await scenario()
    await week(s, [20, 40, 60, 80, 100, 120, 140])
    const alert = only(s.alerts('monotony'))
    expect(alert.level).toBe('caution')
    expect(alert.key).toBe(`monotony:${String(s.athleteId)}:week-2026-03-23`)
    expect(alert.evidence.slice(0, 2)).toEqual([
      { kind: 'metric', id: null, date: day(-6), label: 'Monotony, last 7 days', value: '2.00' },
      { kind: 'metric', id: null, date: day(-6), label: 'Load, last 7 days (min × RPE)', value: '560' },
    ])
    expect(alert.evidence.slice(2).map((e) => [e.kind, e.date, e.value])).toEqual(
      [20, 40, 60, 80, 100, 120, 140].map((load, i) => ['run', day(i - 6), `load ${String(load)}`]),
    )
    expect(sourceKeys(alert)).toEqual(['foster-1998'])
  })

  it('flags the same load every day (monotony 10) but never a week of rest', async () => {
    const s = await scenario()
    await s.run(day(-12), { durationMin: 60, rpe: 5 })
    expect(s.alerts('monotony')).toEqual([]) // 7 days of rest: monotony 10 by convention, load 0
    await week(s, [60, 60, 60, 60, 60, 60, 60])
    expect(only(s.alerts('monotony')).evidence[0]?.value).toBe('10.00')
  })
})
