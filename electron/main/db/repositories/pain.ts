import type { Db } from '../connection'
import type { PainReport } from '#shared/types'
import type { PainFields } from '#shared/schemas/pain'
import type { EasedByStretching, PainCharacter, PainLocation, PainTiming, RedFlag } from '#shared/enums'

interface PainRow {
  id: number
  athlete_id: number
  date: string
  time: string | null
  run_id: number | null
  score: number
  timing: PainTiming
  onset_minute: number | null
  location: PainLocation
  character: PainCharacter
  eased_by_stretching: EasedByStretching
  notes: string
  deleted_at: string | null
  flags_json: string
}

function toPain(row: PainRow): PainReport {
  return {
    id: row.id,
    athleteId: row.athlete_id,
    date: row.date,
    time: row.time,
    runId: row.run_id,
    score: row.score,
    timing: row.timing,
    onsetMinute: row.onset_minute,
    location: row.location,
    character: row.character,
    easedByStretching: row.eased_by_stretching,
    redFlags: JSON.parse(row.flags_json) as RedFlag[],
    notes: row.notes,
  }
}

type PainValues = [
  string,
  string | null,
  number | null,
  number,
  PainTiming,
  number | null,
  PainLocation,
  PainCharacter,
  EasedByStretching,
  string,
]

const valuesOf = (f: Omit<PainFields, 'athleteId'>): PainValues => [
  f.date,
  f.time,
  f.runId,
  f.score,
  f.timing,
  f.onsetMinute,
  f.location,
  f.character,
  f.easedByStretching,
  f.notes,
]

export function painRepo(db: Db) {
  const list = db.prepare<[number], PainRow>(
    `SELECT p.*, (SELECT json_group_array(f.flag ORDER BY f.flag) FROM pain_red_flags f
    WHERE f.pain_report_id = p.id) AS flags_json FROM pain_reports p WHERE p.athlete_id = ? AND p.deleted_at IS NULL
     ORDER BY p.date DESC, p.time DESC, p.id DESC`,
  )
  const get = db.prepare<
    [number],
    PainRow
  >(`SELECT p.*, (SELECT json_group_array(f.flag ORDER BY f.flag) FROM pain_red_flags f
    WHERE f.pain_report_id = p.id) AS flags_json FROM pain_reports p WHERE p.id = ?`)
  const insert = db.prepare<[number, ...PainValues]>(
    `INSERT INTO pain_reports (athlete_id, date, time, run_id, score, timing, onset_minute, location, character,
       eased_by_stretching, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[...PainValues, number]>(
    `UPDATE pain_reports SET date = ?, time = ?, run_id = ?, score = ?, timing = ?, onset_minute = ?, location = ?,
       character = ?, eased_by_stretching = ?, notes = ? WHERE id = ? AND deleted_at IS NULL`,
  )
  const clearFlags = db.prepare<[number]>('DELETE FROM pain_red_flags WHERE pain_report_id = ?')
  const addFlag = db.prepare<[number, RedFlag]>('INSERT INTO pain_red_flags (pain_report_id, flag) VALUES (?, ?)')
  const softDelete = db.prepare<[number]>(
    `UPDATE pain_reports SET deleted_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ? AND deleted_at IS NULL`,
  )
  const restore = db.prepare<[number]>(
    'UPDATE pain_reports SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL',
  )

  const setFlags = (id: number, flags: RedFlag[]) => {
    clearFlags.run(id)
    for (const flag of new Set(flags)) addFlag.run(id, flag)
  }

  // Wrapped in plain functions below: better-sqlite3's Transaction type cannot be named in declarations.
  const insertWithFlags = db.transaction((f: PainFields) => {
    const id = Number(insert.run(f.athleteId, ...valuesOf(f)).lastInsertRowid)
    setFlags(id, f.redFlags)
    return id
  })
  const updateWithFlags = db.transaction((id: number, f: Omit<PainFields, 'athleteId'>) => {
    if (update.run(...valuesOf(f), id).changes === 0) return false
    setFlags(id, f.redFlags)
    return true
  })

  return {
    list: (athleteId: number) => list.all(athleteId).map(toPain),
    get: (id: number) => {
      const row = get.get(id)
      return row ? { report: toPain(row), deleted: row.deleted_at !== null } : undefined
    },
    /** Report and its red flags in one transaction. */
    insert: (f: PainFields): number => insertWithFlags(f),
    update: (id: number, f: Omit<PainFields, 'athleteId'>): boolean => updateWithFlags(id, f),
    softDelete: (id: number) => softDelete.run(id).changes > 0,
    restore: (id: number) => restore.run(id).changes > 0,
  }
}

export type PainRepo = ReturnType<typeof painRepo>
