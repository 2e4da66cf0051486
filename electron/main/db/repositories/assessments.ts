import type { Db } from '../connection'
import type { Assessment } from '#shared/types'
import type { AssessmentFields } from '#shared/schemas/assessment'
import type { FootType, Tightness, WallGap } from '#shared/enums'

interface AssessmentRow {
  id: number
  athlete_id: number
  date: string
  hamstring_left: Tightness | null
  hamstring_right: Tightness | null
  hip_flexor_left: Tightness | null
  hip_flexor_right: Tightness | null
  plank_sec: number | null
  side_plank_left_sec: number | null
  side_plank_right_sec: number | null
  wall_gap: WallGap | null
  foot_type: FootType | null
  cadence_spm: number | null
  notes: string
}

function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    athleteId: row.athlete_id,
    date: row.date,
    hamstringLeft: row.hamstring_left,
    hamstringRight: row.hamstring_right,
    hipFlexorLeft: row.hip_flexor_left,
    hipFlexorRight: row.hip_flexor_right,
    plankSec: row.plank_sec,
    sidePlankLeftSec: row.side_plank_left_sec,
    sidePlankRightSec: row.side_plank_right_sec,
    wallGap: row.wall_gap,
    footType: row.foot_type,
    cadenceSpm: row.cadence_spm,
    notes: row.notes,
  }
}

type AssessmentValues = [
  string,
  Tightness | null,
  Tightness | null,
  Tightness | null,
  Tightness | null,
  number | null,
  number | null,
  number | null,
  WallGap | null,
  FootType | null,
  number | null,
  string,
]

const valuesOf = (f: Omit<AssessmentFields, 'athleteId'>): AssessmentValues => [
  f.date,
  f.hamstringLeft,
  f.hamstringRight,
  f.hipFlexorLeft,
  f.hipFlexorRight,
  f.plankSec,
  f.sidePlankLeftSec,
  f.sidePlankRightSec,
  f.wallGap,
  f.footType,
  f.cadenceSpm,
  f.notes,
]

export function assessmentsRepo(db: Db) {
  const list = db.prepare<[number], AssessmentRow>(
    'SELECT * FROM assessments WHERE athlete_id = ? ORDER BY date DESC, id DESC',
  )
  const get = db.prepare<[number], AssessmentRow>('SELECT * FROM assessments WHERE id = ?')
  const insert = db.prepare<[number, ...AssessmentValues]>(
    `INSERT INTO assessments (athlete_id, date, hamstring_left, hamstring_right, hip_flexor_left, hip_flexor_right,
       plank_sec, side_plank_left_sec, side_plank_right_sec, wall_gap, foot_type, cadence_spm, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[...AssessmentValues, number]>(
    `UPDATE assessments SET date = ?, hamstring_left = ?, hamstring_right = ?, hip_flexor_left = ?,
       hip_flexor_right = ?, plank_sec = ?, side_plank_left_sec = ?, side_plank_right_sec = ?, wall_gap = ?,
       foot_type = ?, cadence_spm = ?, notes = ? WHERE id = ?`,
  )
  const remove = db.prepare<[number]>('DELETE FROM assessments WHERE id = ?')

  return {
    list: (athleteId: number) => list.all(athleteId).map(toAssessment),
    get: (id: number) => {
      const row = get.get(id)
      return row ? toAssessment(row) : undefined
    },
    insert: (f: AssessmentFields) => Number(insert.run(f.athleteId, ...valuesOf(f)).lastInsertRowid),
    update: (id: number, f: Omit<AssessmentFields, 'athleteId'>) => update.run(...valuesOf(f), id).changes > 0,
    remove: (id: number) => remove.run(id).changes > 0,
  }
}

export type AssessmentsRepo = ReturnType<typeof assessmentsRepo>
