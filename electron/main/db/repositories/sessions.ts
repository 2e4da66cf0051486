import type { Db } from '../connection'
import type { StrengthSession } from '#shared/types'
import type { SessionFields } from '#shared/schemas/session'
import type { SessionKind } from '#shared/enums'

interface SessionRow {
  id: number
  athlete_id: number
  date: string
  kind: SessionKind
  completed_exercises: string
  notes: string
}

function toSession(row: SessionRow): StrengthSession {
  return {
    id: row.id,
    athleteId: row.athlete_id,
    date: row.date,
    kind: row.kind,
    completedExercises: JSON.parse(row.completed_exercises) as string[],
    notes: row.notes,
  }
}

export function sessionsRepo(db: Db) {
  const list = db.prepare<[number], SessionRow>(
    'SELECT * FROM strength_sessions WHERE athlete_id = ? ORDER BY date DESC, id DESC',
  )
  const get = db.prepare<[number], SessionRow>('SELECT * FROM strength_sessions WHERE id = ?')
  const insert = db.prepare<[number, string, SessionKind, string, string]>(
    'INSERT INTO strength_sessions (athlete_id, date, kind, completed_exercises, notes) VALUES (?, ?, ?, ?, ?)',
  )
  const update = db.prepare<[string, SessionKind, string, string, number]>(
    'UPDATE strength_sessions SET date = ?, kind = ?, completed_exercises = ?, notes = ? WHERE id = ?',
  )
  const remove = db.prepare<[number]>('DELETE FROM strength_sessions WHERE id = ?')

  return {
    list: (athleteId: number) => list.all(athleteId).map(toSession),
    get: (id: number) => {
      const row = get.get(id)
      return row ? toSession(row) : undefined
    },
    insert: (f: SessionFields) =>
      Number(insert.run(f.athleteId, f.date, f.kind, JSON.stringify(f.completedExercises), f.notes).lastInsertRowid),
    update: (id: number, f: Omit<SessionFields, 'athleteId'>) =>
      update.run(f.date, f.kind, JSON.stringify(f.completedExercises), f.notes, id).changes > 0,
    remove: (id: number) => remove.run(id).changes > 0,
  }
}

export type SessionsRepo = ReturnType<typeof sessionsRepo>
