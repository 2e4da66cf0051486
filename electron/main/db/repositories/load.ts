// Training load's input: each athlete's days with runs, summed from the runs table. Pain per day is
// grouped by SQLite.
import { toDayNumber } from '#shared/dates'
import type { Db } from '../connection'

interface PainDayRow {
  athlete_id: number
  date: string
  worst: number
  mean: number
  reports: number
}

/**
 * An athlete's days with runs as parallel arrays, oldest first: day numbers (days since 1970-01-01) and
 * the day's distance, time, session load and number of runs. The one input of every load figure.
 */
export interface DayLoads {
  days: number[]
  distanceM: number[]
  durationMin: number[]
  load: number[]
  runCount: number[]
}

type RunRow = [athleteId: number, date: string, distanceM: number | null, durationMin: number, rpe: number | null]
type WideRunRow = [...RunRow, id: number, startTime: string | null]

/** A run as the spike finder reads it. */
export interface RunLength {
  id: number
  date: string
  distanceM: number | null
  durationMin: number
}

/** SQLite's `ORDER BY date DESC, start_time DESC, id DESC` (a missing time sorts lowest), as runs.list orders. */
function newestFirst(a: WideRunRow, b: WideRunRow): number {
  if (a[1] !== b[1]) return a[1] < b[1] ? 1 : -1
  if (a[6] !== b[6]) return a[6] === null ? 1 : b[6] === null ? -1 : a[6] < b[6] ? 1 : -1
  return b[5] - a[5]
}

export const emptyHistory = (): DayLoads => ({ days: [], distanceM: [], durationMin: [], load: [], runCount: [] })

/** An athlete's days in the order their rows came, merged when the next row is on the same day. */
interface Building {
  history: DayLoads
  sorted: boolean
}

function addRow(into: Building, day: number, distanceM: number, durationMin: number, load: number, runs: number) {
  const h = into.history
  const last = h.days.length - 1
  if (last >= 0 && h.days[last] === day) {
    h.distanceM[last] = (h.distanceM[last] ?? 0) + distanceM
    h.durationMin[last] = (h.durationMin[last] ?? 0) + durationMin
    h.load[last] = (h.load[last] ?? 0) + load
    h.runCount[last] = (h.runCount[last] ?? 0) + runs
    return
  }
  if (last >= 0 && (h.days[last] ?? 0) > day) into.sorted = false
  h.days.push(day)
  h.distanceM.push(distanceM)
  h.durationMin.push(durationMin)
  h.load.push(load)
  h.runCount.push(runs)
}

/** Oldest first, one entry per day; entries of one day are added in the order they came. */
function inOrder(into: Building): DayLoads {
  if (into.sorted) return into.history
  const h = into.history
  const order = h.days.map((_, i) => i).sort((a, b) => (h.days[a] ?? 0) - (h.days[b] ?? 0) || a - b)
  const merged: Building = { history: emptyHistory(), sorted: true }
  for (const i of order)
    addRow(merged, h.days[i] ?? 0, h.distanceM[i] ?? 0, h.durationMin[i] ?? 0, h.load[i] ?? 0, h.runCount[i] ?? 0)
  return merged.history
}

/** A history with further days added (a day already there adds them up), still oldest first. */
export function withDays(
  history: DayLoads,
  extra: readonly { day: number; distanceM: number; durationMin: number; load: number }[],
): DayLoads {
  const into: Building = {
    history: {
      days: [...history.days],
      distanceM: [...history.distanceM],
      durationMin: [...history.durationMin],
      load: [...history.load],
      runCount: [...history.runCount],
    },
    sorted: true,
  }
  for (const d of extra) addRow(into, d.day, d.distanceM, d.durationMin, d.load, 1)
  return inOrder(into)
}

/**
 * Days with runs per athlete from run rows, summed in the order the rows come (id order within a day, for
 * one athlete and for all alike, so both give the same bits). Day numbers through the shared, remembered
 * date conversion: a club shares one calendar of a thousand or so dates.
 */
function toHistories(
  rows: readonly (RunRow | WideRunRow)[],
  keep: (athleteId: number) => boolean,
  through?: string,
): Map<number, DayLoads> {
  const byAthlete = new Map<number, Building>()
  let current: Building | undefined
  let currentId = Number.NaN
  for (const [athleteId, date, distanceM, durationMin, rpe] of rows) {
    if (athleteId !== currentId) {
      currentId = athleteId
      current = byAthlete.get(athleteId)
      if (!current && keep(athleteId)) byAthlete.set(athleteId, (current = { history: emptyHistory(), sorted: true }))
    }
    if (current && (through === undefined || date <= through))
      addRow(current, toDayNumber(date), distanceM ?? 0, durationMin, rpe === null ? 0 : durationMin * rpe, 1)
  }
  return new Map([...byAthlete].map(([athleteId, building]) => [athleteId, inOrder(building)]))
}

export interface PainDay {
  date: string
  worst: number
  mean: number
  reports: number
}

const toPainDay = (row: PainDayRow): PainDay => ({
  date: row.date,
  worst: row.worst,
  mean: row.mean,
  reports: row.reports,
})

function groupByAthlete<R extends { athlete_id: number }, T>(rows: R[], map: (row: R) => T): Map<number, T[]> {
  const grouped = new Map<number, T[]>()
  for (const row of rows) {
    let list = grouped.get(row.athlete_id)
    if (!list) grouped.set(row.athlete_id, (list = []))
    list.push(map(row))
  }
  return grouped
}

export function loadRepo(db: Db) {
  // The team overview reads every active athlete's whole history (domain.md "One computation": no window,
  // no seeding again). One sequential pass over the table and the sums in JavaScript cost about a bare
  // scan; grouping in SQLite walks the (athlete_id, date) index and looks each row up, at twice that.
  const runsUpTo = db
    .prepare<[string], RunRow>(
      `SELECT athlete_id, date, distance_m, duration_min, rpe FROM runs NOT INDEXED
      WHERE deleted_at IS NULL AND date <= ?`,
    )
    .raw(true)
  const activeAthletes = db.prepare<[], [number]>('SELECT id FROM athletes WHERE archived_at IS NULL').raw(true)
  // Every run of every date with what a spike needs beside the day sums: one pass for a team's forecast.
  const everyRun = db
    .prepare<[], WideRunRow>(
      `SELECT athlete_id, date, distance_m, duration_min, rpe, id, start_time FROM runs NOT INDEXED
      WHERE deleted_at IS NULL`,
    )
    .raw(true)
  const athleteRunsUpTo = db
    .prepare<[number, string], RunRow>(
      `SELECT athlete_id, date, distance_m, duration_min, rpe FROM runs
      WHERE athlete_id = ? AND deleted_at IS NULL AND date <= ? ORDER BY date, id`,
    )
    .raw(true)
  const painDaysForAthlete = db.prepare<[number], PainDayRow>(`
    SELECT athlete_id, date, max(score) AS worst, avg(score) AS mean, count(*) AS reports
    FROM pain_reports WHERE athlete_id = ? AND deleted_at IS NULL
    GROUP BY date ORDER BY date`)
  const painDaysSince = db.prepare<[string], PainDayRow>(`
    SELECT p.athlete_id, p.date, max(p.score) AS worst, avg(p.score) AS mean, count(*) AS reports
    FROM athletes a JOIN pain_reports p ON p.athlete_id = a.id AND p.deleted_at IS NULL
    WHERE a.archived_at IS NULL AND p.date >= ?
    GROUP BY p.athlete_id, p.date ORDER BY p.athlete_id, p.date`)

  return {
    /** One athlete's days with runs up to `through` (archived athletes too), oldest first. */
    history: (athleteId: number, through: string): DayLoads =>
      toHistories(athleteRunsUpTo.all(athleteId, through), () => true).get(athleteId) ?? emptyHistory(),
    /** Every active athlete's days with runs up to `through`, oldest first per athlete, in one pass. */
    historyAll: (through: string): Map<number, DayLoads> => {
      const active = new Set(activeAthletes.all().map(([id]) => id))
      return toHistories(runsUpTo.all(through), (id) => active.has(id))
    },
    /**
     * Every active athlete's days with runs up to `through` (as historyAll) and all their runs of any date,
     * newest first (as runs.list), from one pass over the table.
     */
    historyAndRunsAll: (through: string) => {
      const active = new Set(activeAthletes.all().map(([id]) => id))
      const rows = everyRun.all()
      const byAthlete = new Map<number, WideRunRow[]>()
      for (const row of rows) {
        if (!active.has(row[0])) continue
        let list = byAthlete.get(row[0])
        if (!list) byAthlete.set(row[0], (list = []))
        list.push(row)
      }
      const runs = new Map<number, RunLength[]>()
      for (const [athleteId, list] of byAthlete)
        runs.set(
          athleteId,
          // Read in id order, so reversed first: mostly in order already, the sort then costs little.
          list
            .reverse()
            .sort(newestFirst)
            .map(([, date, distanceM, durationMin, , id]) => ({ id, date, distanceM, durationMin })),
        )
      return { active: [...active], histories: toHistories(rows, (id) => active.has(id), through), runs }
    },
    /** Worst and mean pain per day for one athlete, oldest first. */
    painDaysForAthlete: (athleteId: number): PainDay[] => painDaysForAthlete.all(athleteId).map(toPainDay),
    /** Worst and mean pain per day since a date, for every active athlete. */
    painDaysSince: (date: string): Map<number, PainDay[]> => groupByAthlete(painDaysSince.all(date), toPainDay),
  }
}

export type LoadRepo = ReturnType<typeof loadRepo>
