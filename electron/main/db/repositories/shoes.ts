import type { Db } from '../connection'
import type { Shoe } from '#shared/types'
import type { ShoeFields } from '#shared/schemas/shoe'

interface ShoeRow {
  id: number
  athlete_id: number
  name: string
  start_date: string
  initial_distance_m: number
  retired_date: string | null
  replace_threshold_m: number
  notes: string
  run_distance_m: number
  run_count: number
}

function toShoe(row: ShoeRow): Shoe {
  return {
    id: row.id,
    athleteId: row.athlete_id,
    name: row.name,
    startDate: row.start_date,
    initialDistanceM: row.initial_distance_m,
    retiredDate: row.retired_date,
    replaceThresholdM: row.replace_threshold_m,
    notes: row.notes,
    usedDistanceM: row.initial_distance_m + row.run_distance_m,
    runCount: row.run_count,
  }
}

type ShoeValues = [string, string, number, string | null, number, string]

const valuesOf = (f: Omit<ShoeFields, 'athleteId'>): ShoeValues => [
  f.name,
  f.startDate,
  f.initialDistanceM,
  f.retiredDate,
  f.replaceThresholdM,
  f.notes,
]

export function shoesRepo(db: Db) {
  const list = db.prepare<[number], ShoeRow>(
    `SELECT s.*,
  coalesce((SELECT sum(r.distance_m) FROM runs r WHERE r.shoe_id = s.id AND r.deleted_at IS NULL), 0) AS run_distance_m,
  (SELECT count(*) FROM runs r WHERE r.shoe_id = s.id AND r.deleted_at IS NULL) AS run_count FROM shoes s WHERE s.athlete_id = ?
     ORDER BY s.retired_date IS NOT NULL, s.start_date DESC, s.id DESC`,
  )
  const get = db.prepare<[number], ShoeRow>(`SELECT s.*,
  coalesce((SELECT sum(r.distance_m) FROM runs r WHERE r.shoe_id = s.id AND r.deleted_at IS NULL), 0) AS run_distance_m,
  (SELECT count(*) FROM runs r WHERE r.shoe_id = s.id AND r.deleted_at IS NULL) AS run_count FROM shoes s WHERE s.id = ?`)
  const insert = db.prepare<[number, ...ShoeValues]>(
    `INSERT INTO shoes (athlete_id, name, start_date, initial_distance_m, retired_date, replace_threshold_m, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[...ShoeValues, number]>(
    `UPDATE shoes SET name = ?, start_date = ?, initial_distance_m = ?, retired_date = ?, replace_threshold_m = ?,
       notes = ? WHERE id = ?`,
  )
  const remove = db.prepare<[number]>('DELETE FROM shoes WHERE id = ?')

  return {
    list: (athleteId: number) => list.all(athleteId).map(toShoe),
    get: (id: number) => {
      const row = get.get(id)
      return row ? toShoe(row) : undefined
    },
    insert: (f: ShoeFields) => Number(insert.run(f.athleteId, ...valuesOf(f)).lastInsertRowid),
    update: (id: number, f: Omit<ShoeFields, 'athleteId'>) => update.run(...valuesOf(f), id).changes > 0,
    remove: (id: number) => remove.run(id).changes > 0,
  }
}

export type ShoesRepo = ReturnType<typeof shoesRepo>
