// Training-load aggregation done by SQLite: one grouped pass over the runs index (athlete_id, date)
// instead of loading every run into JavaScript.
import type { Db } from '../connection'

export interface DailyTotals {
  date: string
  distanceM: number
  durationMin: number
  /** sum of duration × RPE for the day's runs that have an RPE */
  load: number
  runCount: number
}

interface DailyRow {
  athlete_id: number
  date: string
  distance_m: number
  duration_min: number
  load: number
  run_count: number
}

interface PainDayRow {
  athlete_id: number
  date: string
  worst: number
  mean: number
  reports: number
}

/** Days with runs as parallel arrays: day numbers (days since 1970-01-01), distance and session load. */
export interface DayLoads {
  days: number[]
  distanceM: number[]
  load: number[]
}

export interface PainDay {
  date: string
  worst: number
  mean: number
  reports: number
}

const toTotals = (row: DailyRow): DailyTotals => ({
  date: row.date,
  distanceM: row.distance_m,
  durationMin: row.duration_min,
  load: row.load,
  runCount: row.run_count,
})

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
  const dailyForAthlete = db.prepare<[number], DailyRow>(`
    SELECT athlete_id, date, coalesce(sum(distance_m), 0) AS distance_m, sum(duration_min) AS duration_min,
      coalesce(sum(duration_min * rpe), 0) AS load, count(*) AS run_count
    FROM runs WHERE athlete_id = ? AND deleted_at IS NULL
    GROUP BY date ORDER BY date`)
  // Day numbers (days since 1970-01-01) straight from SQLite and rows as arrays: the team overview reads
  // every active athlete's recent history, and parsing 100k date strings in JavaScript would cost more
  // than the query. One index seek per athlete on (athlete_id, date).
  const dailyLoadBetween = db
    .prepare<[string, string], [number, number, number, number]>(
      `SELECT a.id, CAST(julianday(r.date) - 2440587.5 AS INTEGER) AS day,
        coalesce(sum(r.distance_m), 0) AS distance_m, coalesce(sum(r.duration_min * r.rpe), 0) AS load
      FROM athletes a CROSS JOIN runs r ON r.athlete_id = a.id
      WHERE a.archived_at IS NULL AND r.deleted_at IS NULL AND r.date >= ? AND r.date <= ?
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
    /** One row per day that has at least one run, oldest first. */
    dailyForAthlete: (athleteId: number): DailyTotals[] => dailyForAthlete.all(athleteId).map(toTotals),
    /** Every active athlete's days with runs from `from` to `to`, oldest first per athlete, in one query. */
    dailyLoadBetween: (from: string, to: string): Map<number, DayLoads> => {
      const grouped = new Map<number, DayLoads>()
      for (const [athleteId, day, distanceM, load] of dailyLoadBetween.all(from, to)) {
        let entry = grouped.get(athleteId)
        if (!entry) grouped.set(athleteId, (entry = { days: [], distanceM: [], load: [] }))
        entry.days.push(day)
        entry.distanceM.push(distanceM)
        entry.load.push(load)
      }
      return grouped
    },
    /** Worst and mean pain per day for one athlete, oldest first. */
    painDaysForAthlete: (athleteId: number): PainDay[] => painDaysForAthlete.all(athleteId).map(toPainDay),
    /** Worst and mean pain per day since a date, for every active athlete. */
    painDaysSince: (date: string): Map<number, PainDay[]> => groupByAthlete(painDaysSince.all(date), toPainDay),
  }
}

export type LoadRepo = ReturnType<typeof loadRepo>
