// The week a program asks of the runner, computed (never stored) from the days they run. Shared by main
// (adherence, the printed sheet) and the builder's live preview.
//
// Rules (domain.md, seeds 001–004): warm-up before and cool-down after every run; strength 2–3 times a
// week on run days, 4–6 hours after the run, never on two days in a row (Sunday and the next Monday count
// as in a row: the week repeats); hamstring stretching every day, twice a day when they are tight.
import type { SessionKind } from './enums'
import { DAY_SHORT } from './programs'

export interface ScheduleInput {
  runDays: readonly number[]
  strengthPerWeek: number
  mobilityPerDay: number
  /** the session kinds the program has exercises for; a kind without exercises is not scheduled */
  kinds: readonly SessionKind[]
}

export interface ScheduledSession {
  /** stable within a program while its run days stay the same: "1-strength-1" */
  key: string
  kind: SessionKind
  day: number
  /** 1, or 2 for the second mobility session of a day */
  slot: number
}

export interface DayPlan {
  day: number
  run: boolean
  sessions: ScheduledSession[]
}

export interface WeekPlan {
  days: DayPlan[]
  strengthDays: number[]
  /** sessions in one week, for adherence */
  perWeek: number
  notes: string[]
}

/** Run days spread through the week for an athlete who only gave a number of days. */
const SPREAD: Record<number, number[]> = {
  0: [],
  1: [5],
  2: [2, 5],
  3: [1, 3, 5],
  4: [1, 3, 5, 6],
  5: [0, 1, 3, 5, 6],
  6: [0, 1, 2, 3, 5, 6],
  7: [0, 1, 2, 3, 4, 5, 6],
}

export function defaultRunDays(runDaysPerWeek: number): number[] {
  const n = Math.max(0, Math.min(7, Math.round(runDaysPerWeek)))
  return [...(SPREAD[n] ?? [])]
}

const cyclicGap = (a: number, b: number) => Math.min(Math.abs(a - b), 7 - Math.abs(a - b))

/** No two days next to each other, Sunday → Monday included. */
export function noTwoInARow(days: readonly number[]): boolean {
  for (let i = 0; i < days.length; i++)
    for (let j = i + 1; j < days.length; j++) if (cyclicGap(days[i] ?? 0, days[j] ?? 0) <= 1) return false
  return true
}

function subsets(pool: readonly number[], size: number): number[][] {
  if (size === 0) return [[]]
  const out: number[][] = []
  pool.forEach((day, i) => {
    for (const rest of subsets(pool.slice(i + 1), size - 1)) out.push([day, ...rest])
  })
  return out
}

const minGap = (days: number[]) => {
  let gap = 7
  for (let i = 0; i < days.length; i++)
    for (let j = i + 1; j < days.length; j++) gap = Math.min(gap, cyclicGap(days[i] ?? 0, days[j] ?? 0))
  return gap
}

/** The most evenly spread choice of `size` days from `pool` with none in a row; null when none fits. */
function bestSpread(pool: readonly number[], size: number, prefer: readonly number[] = pool): number[] | null {
  let best: number[] | null = null
  let bestScore = -1
  for (const days of subsets(pool, size)) {
    if (!noTwoInARow(days)) continue
    const score = days.filter((d) => prefer.includes(d)).length * 100 + minGap(days)
    if (score > bestScore) [best, bestScore] = [days, score]
  }
  return best
}

/**
 * 2–3 strength days: on run days when the run days allow it without two in a row; otherwise as many run
 * days as fit, completed with rest days (also never two in a row).
 */
export function chooseStrengthDays(runDays: readonly number[], strengthPerWeek: number): number[] {
  const wanted = Math.min(3, Math.max(2, Math.round(strengthPerWeek)))
  const runs = [...new Set(runDays)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b)
  for (let size = wanted; size >= 2; size--) {
    const onRunDays = bestSpread(runs, size)
    if (onRunDays) return onRunDays
  }
  const allDays = [0, 1, 2, 3, 4, 5, 6]
  return bestSpread(allDays, runs.length === 0 ? wanted : 2, runs) ?? [0, 3]
}

const dayList = (days: readonly number[]) => days.map((d) => DAY_SHORT[d] ?? '?').join(', ')

export function buildWeekPlan(input: ScheduleInput): WeekPlan {
  const runs = [...new Set(input.runDays)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b)
  const has = (kind: SessionKind) => input.kinds.includes(kind)
  const strengthDays = has('strength') ? chooseStrengthDays(runs, input.strengthPerWeek) : []
  const mobilitySlots = has('mobility') ? Math.min(2, Math.max(1, Math.round(input.mobilityPerDay))) : 0
  const session = (kind: SessionKind, day: number, slot = 1): ScheduledSession => ({
    key: `${String(day)}-${kind}-${String(slot)}`,
    kind,
    day,
    slot,
  })

  const days: DayPlan[] = [0, 1, 2, 3, 4, 5, 6].map((day) => {
    const run = runs.includes(day)
    const sessions: ScheduledSession[] = []
    if (run && has('warmup')) sessions.push(session('warmup', day))
    if (run && has('cooldown')) sessions.push(session('cooldown', day))
    if (strengthDays.includes(day)) sessions.push(session('strength', day))
    for (let slot = 1; slot <= mobilitySlots; slot++) sessions.push(session('mobility', day, slot))
    return { day, run, sessions }
  })

  const notes: string[] = []
  if (runs.length && (has('warmup') || has('cooldown')))
    notes.push('Warm-up before every run, cool-down straight after it.')
  const onRuns = strengthDays.filter((d) => runs.includes(d))
  const onRest = strengthDays.filter((d) => !runs.includes(d))
  if (onRuns.length) notes.push(`Strength on ${dayList(onRuns)}: 4–6 hours after the run, never before it.`)
  if (onRest.length)
    notes.push(
      runs.length
        ? `Strength on ${dayList(onRest)} (no run that day): the run days are too close together for two strength sessions without two days in a row.`
        : `Strength on ${dayList(onRest)}, with at least a day between sessions.`,
    )
  if (mobilitySlots === 2) notes.push('Stretching twice every day: once in the morning, once in the evening.')
  else if (mobilitySlots === 1) notes.push('Stretching every day, run or no run.')

  return { days, strengthDays, perWeek: days.reduce((n, d) => n + d.sessions.length, 0), notes }
}

/** "Week 2, Tue, strength" — how a session reads in a checkbox label. */
export function sessionKeyParts(key: string): { day: number; kind: string; slot: number } | null {
  const match = /^([0-6])-([a-z]+)-([12])$/.exec(key)
  if (!match) return null
  return { day: Number(match[1]), kind: match[2] ?? '', slot: Number(match[3]) }
}
