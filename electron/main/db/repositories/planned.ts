// Planned sessions (the training calendar). Deletes are tombstones: `deleted_at` is set and the row
// stays, so a delete can be undone and, later, replicated. Every write moves `updated_at`.
import { randomUUID } from 'node:crypto'
import type { Db } from '../connection'
import type { PlanKind, RunType, Surface } from '#shared/enums'
import type { PlannedSession } from '#shared/planning'
import type { PlanUpdate } from '#shared/schemas/plan'

interface PlannedRow {
  id: number
  uuid: string
  athlete_id: number
  date: string
  time: string | null
  kind: PlanKind
  run_type: RunType | null
  duration_min: number | null
  distance_m: number | null
  rpe: number | null
  surface: Surface | null
  shoe_id: number | null
  program_id: number | null
  notes: string
  updated_at: string
  deleted_at: string | null
}

interface DoneRunRow {
  id: number
  athlete_id: number
  date: string
  distance_m: number | null
  duration_min: number
}

export interface DoneRun {
  id: number
  date: string
  distanceM: number | null
  durationMin: number
}

/** A strength or mobility session done: logged by the coach, or ticked on the printed program sheet. */
export interface DoneSession {
  date: string
  kind: 'strength' | 'mobility'
  via: 'logged' | 'ticked'
}

interface DoneSessionRow extends DoneSession {
  athlete_id: number
}

/** All active athletes (null) or one athlete, archived or not: the scope filter of guidance's reads. */
const SCOPE = '((? IS NULL AND a.archived_at IS NULL) OR a.id = ?)'

/** The fields of a planned session as stored; the service has already cleared run fields of other kinds. */
export type PlannedValues = Omit<PlanUpdate, 'id'>

function toPlanned(row: PlannedRow): PlannedSession {
  return {
    id: row.id,
    uuid: row.uuid,
    athleteId: row.athlete_id,
    date: row.date,
    time: row.time,
    kind: row.kind,
    runType: row.run_type,
    durationMin: row.duration_min,
    distanceM: row.distance_m,
    rpe: row.rpe,
    surface: row.surface,
    shoeId: row.shoe_id,
    programId: row.program_id,
    notes: row.notes,
    load: row.duration_min !== null && row.rpe !== null ? row.duration_min * row.rpe : null,
    updatedAt: row.updated_at,
  }
}

type Scope = [number | null, number | null]

type Values = [
  string,
  string | null,
  PlanKind,
  RunType | null,
  number | null,
  number | null,
  number | null,
  Surface | null,
  number | null,
  number | null,
  string,
]

const valuesOf = (f: PlannedValues): Values => [
  f.date,
  f.time,
  f.kind,
  f.runType,
  f.durationMin,
  f.distanceM,
  f.rpe,
  f.surface,
  f.shoeId,
  f.programId,
  f.notes,
]

export function plannedRepo(db: Db) {
  const between = db.prepare<[number, string, string], PlannedRow>(
    `SELECT * FROM planned_sessions WHERE athlete_id = ? AND date >= ? AND date <= ? AND deleted_at IS NULL ORDER BY date, time IS NULL, time, id`,
  )
  const from = db.prepare<[number, string], PlannedRow>(
    `SELECT * FROM planned_sessions WHERE athlete_id = ? AND date >= ? AND deleted_at IS NULL ORDER BY date, time IS NULL, time, id`,
  )
  // Every active athlete's sessions in a date range, in one pass over (athlete_id, date).
  const allBetween = db.prepare<[string, string], PlannedRow>(
    `SELECT p.* FROM athletes a JOIN planned_sessions p ON p.athlete_id = a.id
     WHERE a.archived_at IS NULL AND p.deleted_at IS NULL AND p.date >= ? AND p.date <= ?
     ORDER BY p.athlete_id, p.date, p.time IS NULL, p.time, p.id`,
  )
  // Runs done by every active athlete in a date range, for compliance across the team (one pass).
  const runsBetween = db.prepare<[string, string], DoneRunRow>(
    `SELECT r.id, r.athlete_id, r.date, r.distance_m, r.duration_min FROM athletes a JOIN runs r ON r.athlete_id = a.id
     WHERE a.archived_at IS NULL AND r.deleted_at IS NULL AND r.date >= ? AND r.date <= ? ORDER BY r.athlete_id, r.date, r.id`,
  )
  // Strength and mobility done, logged or ticked; a tick's kind is in its key ('<weekday>-<kind>-<n>').
  const sessionsDone = db.prepare<[...Scope, string, string, ...Scope, string, string], DoneSessionRow>(
    `SELECT s.athlete_id, s.date, s.kind, 'logged' AS via FROM athletes a JOIN strength_sessions s ON s.athlete_id = a.id
     WHERE ` +
      SCOPE +
      ` AND s.kind IN ('strength', 'mobility') AND s.date >= ? AND s.date <= ?
     UNION ALL
     SELECT p.athlete_id, t.date, CASE WHEN t.session_key GLOB '*-strength-*' THEN 'strength' ELSE 'mobility' END,
       'ticked' FROM athletes a JOIN programs p ON p.athlete_id = a.id JOIN program_ticks t ON t.program_id = p.id
     WHERE ` +
      SCOPE +
      ` AND (t.session_key GLOB '*-strength-*' OR t.session_key GLOB '*-mobility-*') AND t.date >= ? AND t.date <= ?
     ORDER BY 1, 2`,
  )
  const get = db.prepare<[number], PlannedRow>('SELECT * FROM planned_sessions WHERE id = ?')
  const insert = db.prepare<[string, number, ...Values]>(
    `INSERT INTO planned_sessions (uuid, athlete_id, date, time, kind, run_type, duration_min, distance_m, rpe,
       surface, shoe_id, program_id, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[...Values, number]>(
    `UPDATE planned_sessions SET date = ?, time = ?, kind = ?, run_type = ?, duration_min = ?, distance_m = ?,
       rpe = ?, surface = ?, shoe_id = ?, program_id = ?, notes = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = ? AND deleted_at IS NULL`,
  )
  const tombstone = db.prepare<[number]>(
    `UPDATE planned_sessions SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted_at IS NULL`,
  )
  const restore = db.prepare<[number]>(
    `UPDATE planned_sessions SET deleted_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? AND deleted_at IS NOT NULL`,
  )

  return {
    between: (athleteId: number, fromDate: string, toDate: string) =>
      between.all(athleteId, fromDate, toDate).map(toPlanned),
    from: (athleteId: number, fromDate: string) => from.all(athleteId, fromDate).map(toPlanned),
    allBetween: (fromDate: string, toDate: string): Map<number, PlannedSession[]> => {
      const grouped = new Map<number, PlannedSession[]>()
      for (const row of allBetween.all(fromDate, toDate)) {
        let list = grouped.get(row.athlete_id)
        if (!list) grouped.set(row.athlete_id, (list = []))
        list.push(toPlanned(row))
      }
      return grouped
    },
    runsBetween: (fromDate: string, toDate: string) => {
      const grouped = new Map<number, DoneRun[]>()
      for (const row of runsBetween.all(fromDate, toDate)) {
        let list = grouped.get(row.athlete_id)
        if (!list) grouped.set(row.athlete_id, (list = []))
        list.push({ id: row.id, date: row.date, distanceM: row.distance_m, durationMin: row.duration_min })
      }
      return grouped
    },
    /** Strength and mobility sessions done from `fromDate` to `toDate`, by athlete (null: every active one). */
    sessionsDone: (athleteId: number | null, fromDate: string, toDate: string): Map<number, DoneSession[]> => {
      const scope: Scope = [athleteId, athleteId]
      const grouped = new Map<number, DoneSession[]>()
      for (const row of sessionsDone.all(...scope, fromDate, toDate, ...scope, fromDate, toDate)) {
        let list = grouped.get(row.athlete_id)
        if (!list) grouped.set(row.athlete_id, (list = []))
        list.push({ date: row.date, kind: row.kind, via: row.via })
      }
      return grouped
    },
    /** Includes tombstones, so a delete can be undone. */
    get: (id: number) => {
      const row = get.get(id)
      return row ? { session: toPlanned(row), deleted: row.deleted_at !== null } : undefined
    },
    insert: (athleteId: number, f: PlannedValues) =>
      Number(insert.run(randomUUID(), athleteId, ...valuesOf(f)).lastInsertRowid),
    update: (id: number, f: PlannedValues) => update.run(...valuesOf(f), id).changes > 0,
    tombstone: (id: number) => tombstone.run(id).changes > 0,
    restore: (id: number) => restore.run(id).changes > 0,
  }
}

export type PlannedRepo = ReturnType<typeof plannedRepo>
