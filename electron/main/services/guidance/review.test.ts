// The episode review lists what really changed before pain rose, with its numbers, and what did not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { call, cleanup, tempBackend } from '../../../../test/support'
import { addDays } from '../analytics/days'

// Episode begins Monday 30 March 2026. The review compares 16–29 March with 2–15 March.
const START = '2026-03-30'
let backend: Backend
let athleteId: number
let shoeId: number

afterEach(cleanup)

async function run(date: string, km: number, extra: { surface: 'trail' | 'road'; cadenceSpm: number }) {
  const minutes = km * 5.625 // 45 min for 8 km
  return call(backend, 'runs.create', {
    athleteId,
    date,
    durationMin: minutes,
    distanceM: km * 1000,
    rpe: 4,
    shoeId,
    ...extra,
  })
}

/** Tuesday, Thursday and Saturday of the week starting `monday`. */
const weekDays = (monday: string) => [addDays(monday, 1), addDays(monday, 3), addDays(monday, 5)]

beforeEach(async () => {
  backend = await tempBackend()
  athleteId = (await call(backend, 'athletes.create', { name: 'Nina V.' })).id
  // 720 km already on the shoe; 800 km is its replace distance.
  shoeId = (
    await call(backend, 'shoes.create', {
      athleteId,
      name: 'Daily trainer',
      startDate: '2026-01-01',
      initialDistanceM: 720_000,
    })
  ).id
  // Three steady weeks: 3 × 8 km on trails at 172 steps/min, two strength sessions in the baseline window.
  for (const monday of ['2026-02-23', '2026-03-02', '2026-03-09'])
    for (const date of weekDays(monday)) await run(date, 8, { surface: 'trail', cadenceSpm: 172 })
  await call(backend, 'sessions.create', { athleteId, date: '2026-03-04', kind: 'strength' })
  await call(backend, 'sessions.create', { athleteId, date: '2026-03-11', kind: 'strength' })
})

describe('pain-episode review', () => {
  it('lists the factors that really changed, with their numbers, before the ones that did not', async () => {
    // The two weeks before the pain: road, lower cadence, a 20 km long run, no strength work.
    const [tue, thu, sat] = weekDays('2026-03-16')
    await run(tue ?? '', 8, { surface: 'road', cadenceSpm: 165 })
    await run(thu ?? '', 8, { surface: 'road', cadenceSpm: 165 })
    const long = await run(sat ?? '', 20, { surface: 'road', cadenceSpm: 165 })
    for (const date of weekDays('2026-03-23')) await run(date, 8, { surface: 'road', cadenceSpm: 165 })
    await call(backend, 'pain.report', { athleteId, date: START, score: 4, timing: 'next_morning' })

    const review = await call(backend, 'episodes.review', { athleteId, start: START })

    expect(review).toMatchObject({
      windowStart: '2026-03-16',
      windowEnd: '2026-03-29',
      baselineStart: '2026-03-02',
      baselineEnd: '2026-03-15',
    })
    const changed = review.factors.filter((f) => f.changed).map((f) => f.id)
    expect(changed).toEqual([
      'load_spike',
      'rapid_progression',
      'hard_surfaces',
      'worn_shoes',
      'cadence_drop',
      'strength_missed',
    ])
    expect(review.factors.at(-1)).toMatchObject({ id: 'monotony', changed: false })
    const factor = (id: string) => review.factors.find((f) => f.id === id)

    // 20 km against the 8 km longest run of the 30 days before = 250 %.
    expect(factor('load_spike')?.evidence).toEqual([
      expect.objectContaining({
        kind: 'run',
        id: long.id,
        date: sat,
        value: '250 % of the longest run of the 30 days before',
      }),
    ])
    // Week of 16 March: 36 km after two weeks of 24 km = +50 %.
    expect(factor('rapid_progression')?.during).toBe('week of Mon 16 Mar 2026: 36.0 km (> 30 % in two weeks)')
    expect(factor('rapid_progression')?.before).toBe('weekly distance steady')
    expect(factor('hard_surfaces')).toMatchObject({
      before: '0 % on road or concrete',
      during: '100 % on road or concrete',
    })
    // 720 + 9 × 8 km = 792 km before the window; by its last run (+ 60 km) the shoe stands at 852 km.
    expect(factor('worn_shoes')).toMatchObject({
      before: 'every shoe under its replace distance',
      during: 'Daily trainer at 852.0 km',
    })
    expect(factor('cadence_drop')).toMatchObject({
      before: '172 steps/min on average',
      during: '165 steps/min on average',
    })
    expect(factor('strength_missed')).toMatchObject({ before: '2 strength sessions', during: '0 strength sessions' })
    expect(factor('monotony')?.sources.map((s) => s.key)).toEqual(['foster-1998'])
  })

  it('says nothing changed when the two weeks before the pain looked like the two before them', async () => {
    for (const monday of ['2026-03-16', '2026-03-23'])
      for (const date of weekDays(monday)) await run(date, 8, { surface: 'trail', cadenceSpm: 172 })
    await call(backend, 'sessions.create', { athleteId, date: '2026-03-18', kind: 'strength' })
    await call(backend, 'sessions.create', { athleteId, date: '2026-03-25', kind: 'strength' })
    // A fresh shoe for the window, so wear does not change either.
    await call(backend, 'shoes.update', {
      id: shoeId,
      name: 'Daily trainer',
      startDate: '2026-01-01',
      initialDistanceM: 0,
    })

    const review = await call(backend, 'episodes.review', { athleteId, start: START })

    expect(review.factors.filter((f) => f.changed)).toEqual([])
    expect(review.factors).toHaveLength(7)
  })
})
