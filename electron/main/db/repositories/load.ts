// Training-load aggregation done by SQLite: one grouped pass over the runs index (athlete_id, date)
// instead of loading every run into JavaScript.
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

type HistoryRow = [athleteId: number, day: number, distanceM: number, durationMin: number, load: number, runs: number]

export const emptyHistory = (): DayLoads => ({ days: [], distanceM: [], durationMin: [], load: [], runCount: [] })

function toHistories(rows: HistoryRow[]): Map<number, DayLoads> {
  const grouped = new Map<number, DayLoads>()
  for (const [athleteId, day, distanceM, durationMin, load, runs] of rows) {
    let entry = grouped.get(athleteId)
    if (!entry) grouped.set(athleteId, (entry = emptyHistory()))
    entry.days.push(day)
    entry.distanceM.push(distanceM)
    entry.durationMin.push(durationMin)
    entry.load.push(load)
    entry.runCount.push(runs)
  }
  return grouped
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
  // Day numbers (days since 1970-01-01) straight from SQLite and rows as arrays: the team overview reads
  // every active athlete's whole history (domain.md "One computation": no window, no re-seeding), and
  // parsing 100k date strings in JavaScript would cost more than the query. One index range per athlete
  // on (athlete_id, date). The same columns for one athlete and for all, so both give the same sums.
  const historyAll = db
    .prepare<[string], HistoryRow>(
      `SELECT a.id, CAST(julianday(r.date) - 2440587.5 AS INTEGER) AS day,
        coalesce(sum(r.distance_m), 0) AS distance_m, sum(r.duration_min) AS duration_min,
        coalesce(sum(r.duration_min * r.rpe), 0) AS load, count(*) AS run_count
      FROM athletes a CROSS JOIN runs r ON r.athlete_id = a.id
      WHERE a.archived_at IS NULL AND r.deleted_at IS NULL AND r.date <= ?
      GROUP BY a.id, r.date ORDER BY a.id, r.date`,
    )
    .raw(true)
  const historyOne = db
    .prepare<[number, string], HistoryRow>(
      `SELECT a.id, CAST(julianday(r.date) - 2440587.5 AS INTEGER) AS day,
        coalesce(sum(r.distance_m), 0) AS distance_m, sum(r.duration_min) AS duration_min,
        coalesce(sum(r.duration_min * r.rpe), 0) AS load, count(*) AS run_count
      FROM athletes a CROSS JOIN runs r ON r.athlete_id = a.id
      WHERE a.id = ? AND r.deleted_at IS NULL AND r.date <= ?
      GROUP BY a.id, r.date ORDER BY a.id, r.date`,
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
      toHistories(historyOne.all(athleteId, through)).get(athleteId) ?? emptyHistory(),
    /** Every active athlete's days with runs up to `through`, oldest first per athlete, in one query. */
    historyAll: (through: string): Map<number, DayLoads> => toHistories(historyAll.all(through)),
    /** Worst and mean pain per day for one athlete, oldest first. */
    painDaysForAthlete: (athleteId: number): PainDay[] => painDaysForAthlete.all(athleteId).map(toPainDay),
    /** Worst and mean pain per day since a date, for every active athlete. */
    painDaysSince: (date: string): Map<number, PainDay[]> => groupByAthlete(painDaysSince.all(date), toPainDay),
  }
}

export type LoadRepo = ReturnType<typeof loadRepo>
