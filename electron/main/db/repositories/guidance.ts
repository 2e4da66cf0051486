// What the guidance rules read, for one athlete or for every active athlete in the same few queries
// (the team overview evaluates the whole club at once), plus the coach's decisions about guidance:
// closed pain episodes and acknowledged or snoozed alerts.
//
// `athletes a CROSS JOIN x` fixes the join order: SQLite walks the (few) athletes and reads each one's rows
// through the (athlete_id, date) index, instead of scanning a whole table in index order to skip a sort.
//
// Every read takes a scope: an athlete id (archived or not, for that athlete's page) or null (every
// active athlete). Columns are aliased to camelCase so rows need no mapping beyond JSON fields.
import type { Db } from '../connection'
import type { Assessment, PainReport } from '#shared/types'
import type { RedFlag, RunType, SessionKind, Surface } from '#shared/enums'
import type { AlertAcknowledgement, EpisodeClosure } from '#shared/guidance'

/** The fields of a run the rules read. */
export interface GuidanceRun {
  id: number
  athleteId: number
  date: string
  startTime: string | null
  durationMin: number
  distanceM: number | null
  rpe: number | null
  /** duration × RPE; null while the RPE is unknown */
  load: number | null
  type: RunType
  surface: Surface | null
  shoeId: number | null
  cadenceSpm: number | null
  temperatureC: number | null
}

export interface GuidanceAthlete {
  id: number
  name: string
  birthYear: number | null
  archived: boolean
}

export interface GuidanceSession {
  id: number
  athleteId: number
  date: string
  kind: SessionKind
}

/** A program with strength work that is active on the day the rules look at. */
export interface GuidanceProgram {
  id: number
  athleteId: number
  title: string
  startDate: string
  weeks: number
}

/** A strength session the runner ticked on a printed program sheet (programs.tick). */
export interface GuidanceTick {
  athleteId: number
  programId: number
  date: string
}

/** A shoe in use on a given day, with the distance logged in it up to that day. */
export interface ShoeUsage {
  id: number
  athleteId: number
  name: string
  startDate: string
  initialDistanceM: number
  replaceThresholdM: number
  usedDistanceM: number
  runCount: number
}

type Scope = number | null

// The same scope filter in every read: `? IS NULL` (all active athletes) or `a.id = ?` (one athlete).
const SCOPE = '((? IS NULL AND a.archived_at IS NULL) OR a.id = ?)'

interface AthleteRow {
  id: number
  name: string
  birthYear: number | null
  archived: number
}

function byAthlete<R extends { athleteId: number }, T = R>(rows: R[], map?: (row: R) => T): Map<number, T[]> {
  const grouped = new Map<number, T[]>()
  for (const row of rows) {
    let list = grouped.get(row.athleteId)
    if (!list) grouped.set(row.athleteId, (list = []))
    list.push(map ? map(row) : (row as unknown as T))
  }
  return grouped
}

export function guidanceRepo(db: Db) {
  const athletes = db.prepare<[Scope, Scope], AthleteRow>(
    'SELECT a.id, a.name, a.birth_year AS birthYear, a.archived_at IS NOT NULL AS archived FROM athletes a WHERE ' +
      SCOPE +
      ' ORDER BY a.id',
  )
  const runs = db.prepare<[Scope, Scope, string, string], GuidanceRun>(
    `SELECT r.id, r.athlete_id AS athleteId, r.date, r.start_time AS startTime, r.duration_min AS durationMin,
       r.distance_m AS distanceM, r.rpe, r.duration_min * r.rpe AS load, r.type, r.surface, r.shoe_id AS shoeId,
       r.cadence_spm AS cadenceSpm, r.temperature_c AS temperatureC
     FROM athletes a CROSS JOIN runs r ON r.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ` AND r.deleted_at IS NULL AND r.date >= ? AND r.date <= ?
     ORDER BY r.athlete_id, r.date, r.start_time, r.id`,
  )
  const pain = db.prepare<[Scope, Scope, string], Omit<PainReport, 'redFlags'>>(
    `SELECT p.id, p.athlete_id AS athleteId, p.date, p.time, p.run_id AS runId, p.score, p.timing,
       p.onset_minute AS onsetMinute, p.location, p.character, p.eased_by_stretching AS easedByStretching, p.notes
     FROM athletes a CROSS JOIN pain_reports p ON p.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ` AND p.deleted_at IS NULL AND p.date <= ?
     ORDER BY p.athlete_id, p.date, p.time, p.id`,
  )
  // Red flags are few: read them from their own small table rather than with a subquery per report.
  const flags = db.prepare<[Scope, Scope, string], { reportId: number; flag: RedFlag }>(
    `SELECT f.pain_report_id AS reportId, f.flag
     FROM pain_red_flags f JOIN pain_reports p ON p.id = f.pain_report_id JOIN athletes a ON a.id = p.athlete_id
     WHERE ` +
      SCOPE +
      ` AND p.deleted_at IS NULL AND p.date <= ?
     ORDER BY f.pain_report_id, f.flag`,
  )
  const assessments = db.prepare<[Scope, Scope, string], Assessment>(
    `SELECT s.id, s.athlete_id AS athleteId, s.date, s.hamstring_left AS hamstringLeft,
       s.hamstring_right AS hamstringRight, s.hip_flexor_left AS hipFlexorLeft, s.hip_flexor_right AS hipFlexorRight,
       s.plank_sec AS plankSec, s.side_plank_left_sec AS sidePlankLeftSec, s.side_plank_right_sec AS sidePlankRightSec,
       s.wall_gap AS wallGap, s.foot_type AS footType, s.cadence_spm AS cadenceSpm, s.notes
     FROM athletes a CROSS JOIN assessments s ON s.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ` AND s.date <= ?
     ORDER BY s.athlete_id, s.date, s.id`,
  )
  const sessions = db.prepare<[Scope, Scope, string, string], GuidanceSession>(
    `SELECT s.id, s.athlete_id AS athleteId, s.date, s.kind
     FROM athletes a CROSS JOIN strength_sessions s ON s.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ` AND s.date >= ? AND s.date <= ?
     ORDER BY s.athlete_id, s.date, s.id`,
  )
  // "On a program" = a program marked active whose weeks include the day and that has strength work.
  const activePrograms = db.prepare<[Scope, Scope, string, string], GuidanceProgram>(
    `SELECT p.id, p.athlete_id AS athleteId, p.title, p.start_date AS startDate, p.weeks
     FROM athletes a CROSS JOIN programs p ON p.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ` AND p.status = 'active' AND p.start_date <= ? AND date(p.start_date, (p.weeks * 7 - 1) || ' days') >= ?
       AND EXISTS (SELECT 1 FROM program_items i WHERE i.program_id = p.id AND i.session = 'strength')
     ORDER BY p.athlete_id, p.start_date, p.id`,
  )
  const strengthTicks = db.prepare<[Scope, Scope, string, string], GuidanceTick>(
    `SELECT p.athlete_id AS athleteId, t.program_id AS programId, t.date
     FROM athletes a CROSS JOIN programs p ON p.athlete_id = a.id JOIN program_ticks t ON t.program_id = p.id
     WHERE ` +
      SCOPE +
      ` AND t.session_key GLOB '*-strength-*' AND t.date >= ? AND t.date <= ?
     ORDER BY p.athlete_id, t.date, t.program_id`,
  )
  // Only shoes in use on the day, each summed through the runs_shoe index: retired pairs cost nothing.
  const shoes = db.prepare<[string, Scope, Scope, string, string], ShoeUsage>(
    `SELECT s.id, s.athlete_id AS athleteId, s.name, s.start_date AS startDate,
       s.initial_distance_m AS initialDistanceM, s.replace_threshold_m AS replaceThresholdM,
       s.initial_distance_m + coalesce(sum(r.distance_m), 0) AS usedDistanceM, count(r.id) AS runCount
     FROM athletes a CROSS JOIN shoes s ON s.athlete_id = a.id
       LEFT JOIN runs r ON r.shoe_id = s.id AND r.deleted_at IS NULL AND r.date <= ?
     WHERE ` +
      SCOPE +
      ` AND s.start_date <= ? AND (s.retired_date IS NULL OR s.retired_date > ?)
     GROUP BY s.id
     ORDER BY s.athlete_id, s.start_date, s.id`,
  )
  const closures = db.prepare<[Scope, Scope], EpisodeClosure>(
    `SELECT c.id, c.athlete_id AS athleteId, c.closed_on AS closedOn, c.note, c.created_at AS createdAt
     FROM athletes a CROSS JOIN episode_closures c ON c.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ' ORDER BY c.athlete_id, c.closed_on, c.id',
  )
  const acknowledgements = db.prepare<[Scope, Scope], AlertAcknowledgement>(
    `SELECT k.id, k.alert_key AS alertKey, k.athlete_id AS athleteId, k.acknowledged_at AS acknowledgedAt, k.note,
       k.snoozed_until AS snoozedUntil
     FROM athletes a CROSS JOIN alert_acknowledgements k ON k.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ' ORDER BY k.athlete_id, k.id',
  )
  const insertClosure = db.prepare<[number, string, string]>(
    'INSERT INTO episode_closures (athlete_id, closed_on, note) VALUES (?, ?, ?)',
  )
  const getClosure = db.prepare<[number], EpisodeClosure>(
    `SELECT id, athlete_id AS athleteId, closed_on AS closedOn, note, created_at AS createdAt
     FROM episode_closures WHERE id = ?`,
  )
  const deleteClosure = db.prepare<[number]>('DELETE FROM episode_closures WHERE id = ?')
  const insertAcknowledgement = db.prepare<[string, number, string, string | null]>(
    'INSERT INTO alert_acknowledgements (alert_key, athlete_id, note, snoozed_until) VALUES (?, ?, ?, ?)',
  )
  const getAcknowledgement = db.prepare<[number], AlertAcknowledgement>(
    `SELECT id, alert_key AS alertKey, athlete_id AS athleteId, acknowledged_at AS acknowledgedAt, note,
       snoozed_until AS snoozedUntil FROM alert_acknowledgements WHERE id = ?`,
  )
  const deleteAcknowledgement = db.prepare<[number]>('DELETE FROM alert_acknowledgements WHERE id = ?')

  return {
    athletes: (scope: Scope): GuidanceAthlete[] =>
      athletes.all(scope, scope).map((row) => ({ ...row, archived: row.archived === 1 })),
    /** Runs dated from `from` to `to`, both included, oldest first. */
    runs: (scope: Scope, from: string, to: string) => byAthlete(runs.all(scope, scope, from, to)),
    /** Every pain report up to `to` with its red flags, oldest first (pain tables are small). */
    pain: (scope: Scope, to: string) => {
      const byReport = new Map<number, RedFlag[]>()
      for (const { reportId, flag } of flags.all(scope, scope, to)) {
        let list = byReport.get(reportId)
        if (!list) byReport.set(reportId, (list = []))
        list.push(flag)
      }
      return byAthlete(pain.all(scope, scope, to), (row): PainReport => ({
        ...row,
        redFlags: byReport.get(row.id) ?? [],
      }))
    },
    /** Every assessment up to `to`, oldest first. */
    assessments: (scope: Scope, to: string) => byAthlete(assessments.all(scope, scope, to)),
    sessions: (scope: Scope, from: string, to: string) => byAthlete(sessions.all(scope, scope, from, to)),
    /** Programs with strength work, marked active and running on `day`. */
    activePrograms: (scope: Scope, day: string) => byAthlete(activePrograms.all(scope, scope, day, day)),
    /** Strength sessions ticked on a program sheet, dated from `from` to `to`. */
    strengthTicks: (scope: Scope, from: string, to: string) => byAthlete(strengthTicks.all(scope, scope, from, to)),
    /** Shoes started by `day` and not retired on or before it, with their distance up to that day. */
    shoesInUse: (scope: Scope, day: string) => byAthlete(shoes.all(day, scope, scope, day, day)),
    closures: (scope: Scope) => byAthlete(closures.all(scope, scope)),
    acknowledgements: (scope: Scope) => byAthlete(acknowledgements.all(scope, scope)),

    insertClosure: (athleteId: number, closedOn: string, note: string) =>
      Number(insertClosure.run(athleteId, closedOn, note).lastInsertRowid),
    getClosure: (id: number) => getClosure.get(id),
    deleteClosure: (id: number) => deleteClosure.run(id).changes > 0,
    insertAcknowledgement: (alertKey: string, athleteId: number, note: string, snoozedUntil: string | null) =>
      Number(insertAcknowledgement.run(alertKey, athleteId, note, snoozedUntil).lastInsertRowid),
    getAcknowledgement: (id: number) => getAcknowledgement.get(id),
    deleteAcknowledgement: (id: number) => deleteAcknowledgement.run(id).changes > 0,
  }
}

export type GuidanceRepo = ReturnType<typeof guidanceRepo>
