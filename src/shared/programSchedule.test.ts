// The schedule rules from domain.md, checked on every possible set of run days.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SESSION_KINDS } from './enums'
import { buildWeekPlan, chooseStrengthDays, defaultRunDays, noTwoInARow } from './programSchedule'

const ALL_DAY_SETS = Array.from({ length: 128 }, (_, mask) => [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d)))
/** Run-day sets on which 2 strength days fit without two in a row (Sunday → Monday counts). */
const roomy = (days: number[]) => days.some((a) => days.some((b) => a < b && Math.min(b - a, 7 - (b - a)) >= 2))

describe('strength days', () => {
  it('on every set of run days with room for them: only on run days, never two in a row, 2–3 a week', () => {
    for (const runDays of ALL_DAY_SETS.filter(roomy))
      for (const perWeek of [2, 3]) {
        const days = chooseStrengthDays(runDays, perWeek)
        const label = `run days ${JSON.stringify(runDays)}, ${String(perWeek)} a week → ${JSON.stringify(days)}`
        expect(
          days.every((d) => runDays.includes(d)),
          label,
        ).toBe(true)
        expect(noTwoInARow(days), label).toBe(true)
        expect(days.length, label).toBeGreaterThanOrEqual(2)
        expect(days.length, label).toBeLessThanOrEqual(perWeek)
      }
  })

  it('gives 3 sessions when 3 fit and 3 were asked for', () => {
    expect(chooseStrengthDays([1, 3, 5], 3)).toEqual([1, 3, 5])
    expect(chooseStrengthDays([0, 1, 2, 3, 4, 5, 6], 3)).toHaveLength(3)
  })

  it('drops to 2 rather than put two in a row', () => {
    // Mon, Tue, Thu, Fri: any 3 of them have two next to each other.
    expect(chooseStrengthDays([0, 1, 3, 4], 3)).toHaveLength(2)
  })

  it('treats Sunday and the next Monday as two days in a row', () => {
    expect(noTwoInARow([0, 6])).toBe(false)
    expect(chooseStrengthDays([0, 3, 6], 3)).toHaveLength(2)
  })

  it('spreads the sessions out: Tue, Thu, Sat runs with 2 a week are Tue and Sat', () => {
    expect(chooseStrengthDays([1, 3, 5], 2)).toEqual([1, 5])
  })

  it.each([[[]], [[2]], [[0, 1]], [[5, 6]]])(
    'with run days %j (too few or too close) still plans 2–3 sessions, never two in a row, using every run day it can',
    (runDays) => {
      const days = chooseStrengthDays(runDays, 3)
      expect(noTwoInARow(days)).toBe(true)
      expect(days.length).toBeGreaterThanOrEqual(2)
      if (runDays.length) expect(days.filter((d) => runDays.includes(d))).toHaveLength(1)
    },
  )
})

describe('the week plan', () => {
  const kinds = [...SESSION_KINDS]

  it('puts a warm-up and a cool-down on every run day and on no other day', () => {
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3, 4, 5, 6]), (runDays) => {
        const plan = buildWeekPlan({ runDays, strengthPerWeek: 2, mobilityPerDay: 1, kinds })
        for (const day of plan.days) {
          const has = (kind: string) => day.sessions.some((s) => s.kind === kind)
          expect(has('warmup')).toBe(runDays.includes(day.day))
          expect(has('cooldown')).toBe(runDays.includes(day.day))
        }
      }),
    )
  })

  it('stretches every day, twice a day when asked (tight hamstrings)', () => {
    const once = buildWeekPlan({ runDays: [1, 3, 5], strengthPerWeek: 2, mobilityPerDay: 1, kinds })
    const twice = buildWeekPlan({ runDays: [1, 3, 5], strengthPerWeek: 2, mobilityPerDay: 2, kinds })
    for (const day of once.days) expect(day.sessions.filter((s) => s.kind === 'mobility')).toHaveLength(1)
    for (const day of twice.days) expect(day.sessions.filter((s) => s.kind === 'mobility')).toHaveLength(2)
    expect(twice.perWeek - once.perWeek).toBe(7)
    expect(twice.notes.join(' ')).toContain('twice every day')
  })

  it('says strength comes 4–6 hours after the run', () => {
    const plan = buildWeekPlan({ runDays: [1, 3, 5], strengthPerWeek: 2, mobilityPerDay: 1, kinds })
    expect(plan.strengthDays).toEqual([1, 5])
    expect(plan.notes).toContain('Strength on Tue, Sat: 4–6 hours after the run, never before it.')
  })

  it('schedules only the kinds the program has exercises for', () => {
    const plan = buildWeekPlan({ runDays: [1, 3, 5], strengthPerWeek: 3, mobilityPerDay: 2, kinds: ['strength'] })
    expect(plan.days.flatMap((d) => d.sessions.map((s) => s.kind))).toEqual(['strength', 'strength', 'strength'])
    expect(plan.perWeek).toBe(3)
  })

  it('gives every session a unique key', () => {
    const plan = buildWeekPlan({ runDays: [0, 1, 2, 3, 4, 5, 6], strengthPerWeek: 3, mobilityPerDay: 2, kinds })
    const keys = plan.days.flatMap((d) => d.sessions.map((s) => s.key))
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys).toContain('1-mobility-2')
  })
})

describe('default run days', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7])('spreads %i run days through the week', (n) => {
    expect(defaultRunDays(n)).toHaveLength(n)
  })

  it('leaves room for 2 strength days without two in a row from 2 run days up', () => {
    for (let n = 2; n <= 7; n++) expect(roomy(defaultRunDays(n))).toBe(true)
  })
})
