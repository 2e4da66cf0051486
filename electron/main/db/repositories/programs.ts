import type { Db } from '../connection'
import type { SessionKind } from '#shared/enums'
import type { ProgramItemFields, ProgramSettingsFields } from '#shared/schemas/program'
import type { Program, ProgramItem, ProgramStatus, Rationale, Sides, Tick } from '#shared/programs'

interface ProgramRow {
  id: number
  athlete_id: number
  title: string
  start_date: string
  weeks: number
  goal: string
  coach_name: string
  coach_notes: string
  status: ProgramStatus
  run_days: string
  strength_per_week: number
  mobility_per_day: number
  rationale: string
  created_at: string
  updated_at: string
}

interface ItemRow {
  exercise_id: number
  session: SessionKind
  sets: number
  reps: number | null
  hold_sec: number | null
  sides: Sides
  rest_sec: number | null
  reps_step: number
  hold_step: number
  note: string
}

export interface SummaryRow {
  id: number
  athlete_id: number
  title: string
  start_date: string
  weeks: number
  status: ProgramStatus
  item_count: number
  updated_at: string
}

const toItem = (r: ItemRow): ProgramItem => ({
  exerciseId: r.exercise_id,
  session: r.session,
  sets: r.sets,
  reps: r.reps,
  holdSec: r.hold_sec,
  sides: r.sides,
  restSec: r.rest_sec,
  repsStep: r.reps_step,
  holdStep: r.hold_step,
  note: r.note,
})

const toProgram = (r: ProgramRow, items: ProgramItem[]): Program => ({
  id: r.id,
  athleteId: r.athlete_id,
  title: r.title,
  startDate: r.start_date,
  weeks: r.weeks,
  goal: r.goal,
  coachName: r.coach_name,
  coachNotes: r.coach_notes,
  status: r.status,
  runDays: JSON.parse(r.run_days) as number[],
  strengthPerWeek: r.strength_per_week,
  mobilityPerDay: r.mobility_per_day,
  rationale: JSON.parse(r.rationale) as Rationale[],
  items,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

type SettingsValues = [string, string, number, string, string, string, ProgramStatus, string, number, number]
const settingsOf = (s: ProgramSettingsFields): SettingsValues => [
  s.title,
  s.startDate,
  s.weeks,
  s.goal,
  s.coachName,
  s.coachNotes,
  s.status,
  JSON.stringify([...s.runDays].sort((a, b) => a - b)),
  s.strengthPerWeek,
  s.mobilityPerDay,
]

export function programsRepo(db: Db) {
  const summaries = db.prepare<[number], SummaryRow>(
    `SELECT p.id, p.athlete_id, p.title, p.start_date, p.weeks, p.status, p.updated_at,
       (SELECT count(*) FROM program_items i WHERE i.program_id = p.id) AS item_count
     FROM programs p WHERE p.athlete_id = ? ORDER BY p.start_date DESC, p.id DESC`,
  )
  const get = db.prepare<[number], ProgramRow>('SELECT * FROM programs WHERE id = ?')
  const items = db.prepare<[number], ItemRow>('SELECT * FROM program_items WHERE program_id = ? ORDER BY position')
  const insert = db.prepare<[number, ...SettingsValues, string]>(
    `INSERT INTO programs (athlete_id, title, start_date, weeks, goal, coach_name, coach_notes, status, run_days,
       strength_per_week, mobility_per_day, rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[...SettingsValues, number]>(
    `UPDATE programs SET title = ?, start_date = ?, weeks = ?, goal = ?, coach_name = ?, coach_notes = ?, status = ?,
       run_days = ?, strength_per_week = ?, mobility_per_day = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?`,
  )
  const clearItems = db.prepare<[number]>('DELETE FROM program_items WHERE program_id = ?')
  const insertItem = db.prepare<
    [
      number,
      number,
      SessionKind,
      number,
      number,
      number | null,
      number | null,
      Sides,
      number | null,
      number,
      number,
      string,
    ]
  >(
    `INSERT INTO program_items (program_id, exercise_id, session, position, sets, reps, hold_sec, sides, rest_sec,
       reps_step, hold_step, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const remove = db.prepare<[number]>('DELETE FROM programs WHERE id = ?')
  // The program a runner is on: the newest active one, else the newest draft; never an archived one.
  const current = db.prepare<[number], { id: number }>(
    `SELECT id FROM programs WHERE athlete_id = ? AND status <> 'archived'
     ORDER BY status = 'active' DESC, start_date DESC, id DESC LIMIT 1`,
  )
  const ticks = db.prepare<[number], { week: number; session_key: string }>(
    'SELECT week, session_key FROM program_ticks WHERE program_id = ? ORDER BY week, session_key',
  )
  const tick = db.prepare<[number, number, string, string]>(
    'INSERT INTO program_ticks (program_id, week, session_key, date) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  )
  const untick = db.prepare<[number, number, string]>(
    'DELETE FROM program_ticks WHERE program_id = ? AND week = ? AND session_key = ?',
  )
  const dropLateTicks = db.prepare<[number, number]>('DELETE FROM program_ticks WHERE program_id = ? AND week > ?')
  const group = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM groups WHERE id = ?')
  const groupAthletes = db.prepare<[number], { id: number; name: string }>(
    `SELECT a.id, a.name FROM athlete_groups ag JOIN athletes a ON a.id = ag.athlete_id
     WHERE ag.group_id = ? AND a.archived_at IS NULL`,
  )

  const readProgram = (id: number): Program | undefined => {
    const row = get.get(id)
    return row ? toProgram(row, items.all(id).map(toItem)) : undefined
  }

  return {
    summaries: (athleteId: number) => summaries.all(athleteId),
    get: readProgram,
    insert: (athleteId: number, settings: ProgramSettingsFields, rationale: Rationale[]) =>
      Number(insert.run(athleteId, ...settingsOf(settings), JSON.stringify(rationale)).lastInsertRowid),
    updateSettings: (id: number, settings: ProgramSettingsFields) =>
      update.run(...settingsOf(settings), id).changes > 0,
    /** Replaces the program's exercises with `list`, in that order; call inside a transaction. */
    replaceItems: (id: number, list: readonly ProgramItemFields[]) => {
      clearItems.run(id)
      list.forEach((i, position) =>
        insertItem.run(
          id,
          i.exerciseId,
          i.session,
          position,
          i.sets,
          i.reps,
          i.holdSec,
          i.sides,
          i.restSec,
          i.repsStep,
          i.holdStep,
          i.note,
        ),
      )
    },
    remove: (id: number) => remove.run(id).changes > 0,
    currentFor: (athleteId: number) => current.get(athleteId)?.id,
    ticks: (programId: number): Tick[] =>
      ticks.all(programId).map((r) => ({ week: r.week, sessionKey: r.session_key })),
    setTick: (programId: number, week: number, sessionKey: string, date: string, done: boolean) => {
      if (done) tick.run(programId, week, sessionKey, date)
      else untick.run(programId, week, sessionKey)
    },
    /** Ticks for weeks a shortened program no longer has. */
    dropTicksAfter: (programId: number, weeks: number) => dropLateTicks.run(programId, weeks),
    group: (groupId: number) => group.get(groupId),
    groupAthletes: (groupId: number) => groupAthletes.all(groupId),
  }
}

export type ProgramsRepo = ReturnType<typeof programsRepo>
