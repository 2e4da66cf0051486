import type { Db } from '../connection'
import type { ExerciseFields } from '#shared/schemas/program'
import type { ExerciseCategory, Sides, Target } from '#shared/programs'

interface ExerciseRow {
  id: number
  key: string | null
  name: string
  category: ExerciseCategory
  targets: string
  sets: number
  reps: number | null
  hold_sec: number | null
  sides: Sides
  rest_sec: number | null
  dosage_note: string
  cues: string
  stop_if: string
  illustration: string | null
  usage_count: number
}

/** A stored exercise before the service adds what only it knows (built-in, edited). */
export interface StoredExercise extends ExerciseFields {
  id: number
  key: string | null
  usageCount: number
}

function toExercise(row: ExerciseRow): StoredExercise {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    category: row.category,
    targets: JSON.parse(row.targets) as Target[],
    sets: row.sets,
    reps: row.reps,
    holdSec: row.hold_sec,
    sides: row.sides,
    restSec: row.rest_sec,
    dosageNote: row.dosage_note,
    cues: JSON.parse(row.cues) as string[],
    stopIf: row.stop_if,
    illustration: row.illustration,
    usageCount: row.usage_count,
  }
}

type Values = [
  string,
  ExerciseCategory,
  string,
  number,
  number | null,
  number | null,
  Sides,
  number | null,
  string,
  string,
  string,
  string | null,
]

const valuesOf = (f: ExerciseFields): Values => [
  f.name,
  f.category,
  JSON.stringify(f.targets),
  f.sets,
  f.reps,
  f.holdSec,
  f.sides,
  f.restSec,
  f.dosageNote,
  JSON.stringify(f.cues),
  f.stopIf,
  f.illustration,
]

const SELECT = `SELECT e.*, (SELECT count(*) FROM program_items i WHERE i.exercise_id = e.id) AS usage_count
  FROM exercises e`

export function exercisesRepo(db: Db) {
  const list = db.prepare<[], ExerciseRow>(SELECT + ' ORDER BY e.category, e.name COLLATE NOCASE, e.id')
  const get = db.prepare<[number], ExerciseRow>(SELECT + ' WHERE e.id = ?')
  const byIds = db.prepare<[string], ExerciseRow>(SELECT + ' WHERE e.id IN (SELECT value FROM json_each(?))')
  const keyed = db.prepare<[], { id: number; key: string }>('SELECT id, key FROM exercises WHERE key IS NOT NULL')
  const insert = db.prepare<[string | null, ...Values]>(
    `INSERT INTO exercises (key, name, category, targets, sets, reps, hold_sec, sides, rest_sec, dosage_note, cues,
       stop_if, illustration) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertBuiltIn = db.prepare<[string, ...Values]>(
    `INSERT INTO exercises (key, name, category, targets, sets, reps, hold_sec, sides, rest_sec, dosage_note, cues,
       stop_if, illustration) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  )
  const update = db.prepare<[...Values, number]>(
    `UPDATE exercises SET name = ?, category = ?, targets = ?, sets = ?, reps = ?, hold_sec = ?, sides = ?,
       rest_sec = ?, dosage_note = ?, cues = ?, stop_if = ?, illustration = ? WHERE id = ?`,
  )
  const remove = db.prepare<[number]>('DELETE FROM exercises WHERE id = ?')

  return {
    list: () => list.all().map(toExercise),
    get: (id: number) => {
      const row = get.get(id)
      return row ? toExercise(row) : undefined
    },
    byIds: (ids: number[]) => byIds.all(JSON.stringify(ids)).map(toExercise),
    /** built-in key → id */
    keyIds: () => new Map(keyed.all().map((r) => [r.key, r.id])),
    insert: (f: ExerciseFields) => Number(insert.run(null, ...valuesOf(f)).lastInsertRowid),
    /** Adds a built-in exercise unless its key is already there (the coach may have edited it). */
    ensureBuiltIn: (key: string, f: ExerciseFields) => insertBuiltIn.run(key, ...valuesOf(f)).changes > 0,
    update: (id: number, f: ExerciseFields) => update.run(...valuesOf(f), id).changes > 0,
    remove: (id: number) => remove.run(id).changes > 0,
  }
}

export type ExercisesRepo = ReturnType<typeof exercisesRepo>
