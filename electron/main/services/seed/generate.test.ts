import { describe, expect, it } from 'vitest'
import { RED_FLAGS, URGENT_RED_FLAGS, type RunType } from '#shared/enums'
import { assessmentFields } from '#shared/schemas/assessment'
import { athleteFields } from '#shared/schemas/athlete'
import { painCreate } from '#shared/schemas/pain'
import { runCreate } from '#shared/schemas/run'
import { sessionFields } from '#shared/schemas/session'
import { shoeCreate } from '#shared/schemas/shoe'
import { fromDay, toDay, weekday } from './dates'
import { generateClub } from './generate'
import type { SeedAthlete, SeedClub } from './types'

const END = '2026-03-29'
const demoClub = () => generateClub({ athletes: 12, days: 182, endDate: END, seed: 42 })

/** Every schema problem in a club, as readable strings, so a failure names the record. */
function schemaProblems(club: SeedClub): string[] {
  const problems: string[] = []
  const check = (what: string, result: { success: boolean; error?: { message: string } }) => {
    if (!result.success) problems.push(`${what}: ${result.error?.message ?? ''}`)
  }
  club.athletes.forEach((a, i) => {
    const parsed = athleteFields.safeParse(a.fields)
    check(`athlete ${String(i)}`, parsed)
    if (parsed.success && JSON.stringify(parsed.data) !== JSON.stringify(a.fields))
      problems.push(`athlete ${String(i)} changed`)
    const athleteId = i + 1
    a.shoes.forEach((s, k) => check(`shoe ${String(k)}`, shoeCreate.safeParse({ ...s, athleteId })))
    a.runs.forEach((r) =>
      check(
        `run ${String(r.key)}`,
        runCreate.safeParse({ ...r.fields, athleteId, shoeId: r.shoe === null ? null : r.shoe + 1 }),
      ),
    )
    a.pain.forEach((p, k) =>
      check(
        `pain ${String(k)}`,
        painCreate.safeParse({ ...p.fields, athleteId, runId: p.runKey === null ? null : p.runKey + 1 }),
      ),
    )
    a.assessments.forEach((x, k) => check(`assessment ${String(k)}`, assessmentFields.safeParse({ ...x, athleteId })))
    a.sessions.forEach((x, k) => check(`session ${String(k)}`, sessionFields.safeParse({ ...x, athleteId })))
  })
  return problems
}

const allDates = (a: SeedAthlete) => [
  ...a.runs.map((r) => r.fields.date),
  ...a.pain.map((p) => p.fields.date),
  ...a.shoes.flatMap((s) => [s.startDate, ...(s.retiredDate ? [s.retiredDate] : [])]),
  ...a.assessments.map((x) => x.date),
  ...a.sessions.map((x) => x.date),
]
const isoWeek = (date: string) => {
  const day = toDay(date)
  return day - weekday(day)
}
const countBy = <T>(items: T[], key: (item: T) => string | number) => {
  const counts = new Map<string | number, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}
const urgentReports = (club: SeedClub) =>
  club.athletes.flatMap((a) => a.pain.filter((p) => p.fields.redFlags.length > 0).map((p) => ({ a, p })))

describe('generateClub', () => {
  it('gives the same club for the same seed and a different club for another seed', () => {
    const first = demoClub()
    expect(demoClub()).toEqual(first)
    const other = generateClub({ athletes: 12, days: 182, endDate: END, seed: 43 })
    expect(other.athletes.map((a) => a.fields.name)).not.toEqual(first.athletes.map((a) => a.fields.name))
    expect(other.athletes[0]?.runs).not.toEqual(first.athletes[0]?.runs)
  })

  it('produces only records that pass the schemas the app validates with', () => {
    const clubs = [
      demoClub(),
      generateClub({ athletes: 20, days: 730, endDate: '2025-12-31', seed: 7 }),
      generateClub({ athletes: 5, days: 30, endDate: '2024-02-29', seed: 3 }),
    ]
    for (const club of clubs) expect(schemaProblems(club)).toEqual([])
  })

  it('keeps every date inside the requested calendar range', () => {
    const club = demoClub()
    expect(club.firstDate).toBe('2025-09-29')
    expect(club.endDate).toBe(END)
    for (const athlete of club.athletes) {
      for (const date of allDates(athlete)) {
        expect(date >= '2025-09-29' && date <= END, date).toBe(true)
      }
    }
  })

  it('builds a 12-runner club a coach recognises: groups, habits and recent runs', () => {
    const club = demoClub()
    expect(club.athletes).toHaveLength(12)
    expect(new Set(club.athletes.map((a) => a.fields.name)).size).toBe(12)
    for (const { fields, runs } of club.athletes) {
      expect(fields.name).toMatch(/^\S+ [A-Z]\.$/)
      expect(fields.groups.length).toBeGreaterThan(0)
      for (const g of fields.groups) expect(['Road 10k', 'Marathon block', 'Trail']).toContain(g)
      expect(fields.runDaysPerWeek).toBeGreaterThanOrEqual(3)
      expect(fields.runDaysPerWeek).toBeLessThanOrEqual(6)
      // 26 weeks of history: close to the habit, less for missed weeks, a little more for extra runs.
      const perWeek = runs.length / 26
      expect(perWeek).toBeGreaterThan(fields.runDaysPerWeek * 0.75)
      expect(perWeek).toBeLessThan(fields.runDaysPerWeek + 0.6)
      expect(runs.some((r) => r.fields.date >= '2026-03-23')).toBe(true)
    }
  })

  it('gives runs durations, paces, session RPE and cadence that fit the kind of run', () => {
    const rpeRange: Record<RunType, [number, number]> = {
      recovery: [1, 3],
      easy: [2, 4],
      long: [4, 6],
      tempo: [6, 7],
      intervals: [7, 9],
      race: [9, 10],
    }
    const club = generateClub({ athletes: 30, days: 365, endDate: END, seed: 11 })
    const runs = club.athletes.flatMap((a) => a.runs)
    expect(new Set(runs.map((r) => r.fields.type))).toEqual(new Set(Object.keys(rpeRange)))
    for (const { fields: r } of runs) {
      const [low, high] = rpeRange[r.type]
      expect(r.rpe ?? -1).toBeGreaterThanOrEqual(low)
      expect(r.rpe ?? 99).toBeLessThanOrEqual(high)
      expect(r.durationMin).toBeGreaterThanOrEqual(20)
      expect(r.durationMin).toBeLessThanOrEqual(150)
      const pace = r.durationMin / ((r.distanceM ?? 0) / 1000)
      expect(pace).toBeGreaterThan(3.95)
      expect(pace).toBeLessThan(7.05)
      expect(r.cadenceSpm ?? 0).toBeGreaterThanOrEqual(150)
      expect(r.cadenceSpm ?? 999).toBeLessThanOrEqual(195)
      if (r.surface === 'treadmill') expect(r.temperatureC).toBeNull()
    }
    const mean = (type: RunType) => {
      const of = runs.filter((r) => r.fields.type === type)
      return of.reduce((s, r) => s + r.fields.durationMin, 0) / of.length
    }
    expect(mean('long')).toBeGreaterThan(mean('easy') * 1.4)
    expect(mean('recovery')).toBeLessThan(mean('easy'))
  })

  it('keeps runs in date order with stable keys and each run in a pair of shoes that was in use', () => {
    const club = generateClub({ athletes: 20, days: 730, endDate: END, seed: 5 })
    let retired = 0
    for (const a of club.athletes) {
      a.runs.forEach((run, i) => {
        expect(run.key).toBe(i)
        if (i > 0) expect(run.fields.date > (a.runs[i - 1]?.fields.date ?? '')).toBe(true)
        const shoe = a.shoes[run.shoe ?? -1]
        expect(shoe).toBeDefined()
        expect(run.fields.date >= (shoe?.startDate ?? '')).toBe(true)
        if (shoe?.retiredDate) expect(run.fields.date <= shoe.retiredDate).toBe(true)
      })
      const current = a.shoes.filter((s) => s.retiredDate === null)
      expect(current.length).toBeGreaterThanOrEqual(1)
      expect(current.length).toBeLessThanOrEqual(3)
      retired += a.shoes.length - current.length
    }
    // Two years of running wears out pairs: replacements at 700-900 km must show up.
    expect(retired).toBeGreaterThan(20)
  })

  it('gives about half the club back pain, with linked runs, sensible timings and one urgent red flag', () => {
    const club = demoClub()
    const withPain = club.athletes.filter((a) => a.pain.length > 0)
    expect(withPain).toHaveLength(6)

    for (const a of withPain) {
      for (const { runKey, fields: p } of a.pain) {
        expect(p.score).toBeGreaterThanOrEqual(1)
        expect(p.score).toBeLessThanOrEqual(7)
        if (p.onsetMinute !== null) expect(p.timing).toBe('during')
        if (runKey === null) continue
        const run = a.runs[runKey]
        expect(run).toBeDefined()
        const runDate = run?.fields.date ?? ''
        expect(p.date).toBe(p.timing === 'next_morning' ? fromDay(toDay(runDate) + 1) : runDate)
        if (p.onsetMinute !== null) expect(p.onsetMinute).toBeLessThan(run?.fields.durationMin ?? 0)
      }
      for (const perWeek of countBy(a.pain, (p) => isoWeek(p.fields.date)).values()) {
        // one more than the usual 4 allows for the red-flag report on top of a busy week
        expect(perWeek).toBeLessThanOrEqual(5)
      }
    }

    const urgent = urgentReports(club)
    expect(urgent).toHaveLength(1)
    expect(urgent[0]?.p.fields.redFlags).toEqual(['bilateral_leg_weakness'])
    expect(toDay(urgent[0]?.p.fields.date ?? '1970-01-01')).toBeGreaterThanOrEqual(toDay('2026-03-23'))

    const reports = withPain.flatMap((a) => a.pain.map((p) => p.fields))
    expect(reports.some((p) => p.location === 'below_knee')).toBe(true)
    expect(new Set(reports.map((p) => p.timing))).toEqual(
      new Set(['before', 'during', 'after', 'later', 'next_morning']),
    )
    const onsetRunner = withPain.find(
      (a) => a.pain.filter((p) => (p.fields.onsetMinute ?? 0) >= 20 && (p.fields.onsetMinute ?? 99) <= 40).length >= 2,
    )
    expect(onsetRunner).toBeDefined()
    expect(new Set(reports.map((p) => p.easedByStretching))).toContain('no')
  })

  it('keeps exactly one urgent red flag and recent runs for every runner, whatever the end date', () => {
    for (const [seed, endDate] of [
      [1, '2025-01-05'],
      [2, '2025-06-30'],
      [3, '2025-11-12'],
      [4, '2026-02-28'],
      [5, '2026-12-31'],
    ] as const) {
      const club = generateClub({ athletes: 12, days: 182, endDate, seed })
      const weekAgo = fromDay(toDay(endDate) - 6)
      expect(urgentReports(club)).toHaveLength(1)
      const flags = club.athletes.flatMap((a) => a.pain.flatMap((p) => p.fields.redFlags))
      expect(flags.every((f) => (URGENT_RED_FLAGS as readonly string[]).includes(f) && RED_FLAGS.includes(f))).toBe(
        true,
      )
      expect(club.athletes.filter((a) => a.pain.length > 0)).toHaveLength(6)
      for (const a of club.athletes) expect(a.runs.some((r) => r.fields.date >= weekAgo)).toBe(true)
    }
  })

  it('often starts a pain episode shortly after a jump in weekly distance', () => {
    const club = generateClub({ athletes: 40, days: 730, endDate: END, seed: 9 })
    let starts = 0
    let afterSpike = 0
    for (const a of club.athletes) {
      const weekly = new Map<number, number>()
      for (const r of a.runs)
        weekly.set(isoWeek(r.fields.date), (weekly.get(isoWeek(r.fields.date)) ?? 0) + (r.fields.distanceM ?? 0))
      const km = (week: number) => (weekly.get(week) ?? 0) / 1000
      const spiked = (week: number) => {
        const before = [1, 2, 3, 4].map((k) => km(week - 7 * k))
        return km(week) > 1.3 * (before.reduce((s, x) => s + x, 0) / 4)
      }
      a.pain.forEach((p, i) => {
        const day = toDay(p.fields.date)
        const previous = a.pain[i - 1]
        if (previous && day - toDay(previous.fields.date) <= 21) return
        starts++
        const week = isoWeek(p.fields.date)
        if ([0, 7, 14].some((back) => spiked(week - back))) afterSpike++
      })
    }
    expect(starts).toBeGreaterThan(20)
    expect(afterSpike / starts).toBeGreaterThan(0.5)
  })

  it('records 1-3 assessments per runner and at most 3 strength sessions a week', () => {
    const club = demoClub()
    for (const a of club.athletes) {
      expect(a.assessments.length).toBeGreaterThanOrEqual(1)
      expect(a.assessments.length).toBeLessThanOrEqual(3)
      for (const x of a.assessments) {
        expect(x.plankSec ?? 0).toBeGreaterThanOrEqual(20)
        expect(x.plankSec ?? 999).toBeLessThanOrEqual(120)
      }
      for (const n of countBy(a.sessions, (s) => isoWeek(s.date)).values()) expect(n).toBeLessThanOrEqual(3)
    }
    const latest = club.athletes.map((a) => a.assessments[a.assessments.length - 1])
    expect(latest.some((x) => x?.hamstringLeft === 'tight' || x?.hamstringRight === 'tight')).toBe(true)
    expect(club.athletes.filter((a) => a.sessions.length > 0).length).toBeGreaterThanOrEqual(3)
  })

  it('refuses options that cannot describe a club', () => {
    expect(() => generateClub({ athletes: 2, days: 0, endDate: END, seed: 1 })).toThrow(/days/)
    expect(() => generateClub({ athletes: 2, days: 10, endDate: '2026-02-30', seed: 1 })).toThrow(/calendar date/)
    expect(generateClub({ athletes: 0, days: 10, endDate: END, seed: 1 }).athletes).toEqual([])
  })
})
