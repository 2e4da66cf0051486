import type { Db } from '../connection'
import type { Run } from '#shared/types'
import type { RunFields } from '#shared/schemas/run'
import type { RunSource, RunType, Surface } from '#shared/enums'
import { instantOf } from '#shared/clock'

interface RunRow {
  id: number
  athlete_id: number
  date: string
  start_time: string | null
  duration_min: number
  distance_m: number | null
  rpe: number | null
  type: RunType
  surface: Surface | null
  shoe_id: number | null
  cadence_spm: number | null
  elevation_gain_m: number | null
  temperature_c: number | null
  notes: string
  source: RunSource
  source_file: string | null
  fingerprint: string | null
  deleted_at: string | null
  start_utc: string | null
  utc_offset_min: number | null
}

function toRun(row: RunRow): Run {
  return {
    id: row.id,
    athleteId: row.athlete_id,
    date: row.date,
    startTime: row.start_time,
    durationMin: row.duration_min,
    distanceM: row.distance_m,
    rpe: row.rpe,
    type: row.type,
    surface: row.surface,
    shoeId: row.shoe_id,
    cadenceSpm: row.cadence_spm,
    elevationGainM: row.elevation_gain_m,
    temperatureC: row.temperature_c,
    notes: row.notes,
    source: row.source,
    sourceFile: row.source_file,
    startUtc: row.start_utc,
    utcOffsetMin: row.utc_offset_min,
    load: row.rpe === null ? null : row.duration_min * row.rpe,
  }
}

export interface RunOrigin {
  source: RunSource
  sourceFile: string | null
  fingerprint: string | null
}

/** When a run started: the instant and the offset of the run's own clock (see #shared/clock). */
export interface RunClock {
  startUtc: string | null
  utcOffsetMin: number | null
}

/** A run typed by hand (or edited) keeps its offset; without one its time is on this computer's clock. */
export const clockOf = (f: Pick<RunFields, 'date' | 'startTime'>, utcOffsetMin: number | null): RunClock => ({
  startUtc: instantOf(f.date, f.startTime, utcOffsetMin),
  utcOffsetMin: f.startTime === null ? null : utcOffsetMin,
})

type RunValues = [
  string,
  string | null,
  number,
  number | null,
  number | null,
  RunType,
  Surface | null,
  number | null,
  number | null,
  number | null,
  number | null,
  string,
]

const valuesOf = (f: Omit<RunFields, 'athleteId'>): RunValues => [
  f.date,
  f.startTime,
  f.durationMin,
  f.distanceM,
  f.rpe,
  f.type,
  f.surface,
  f.shoeId,
  f.cadenceSpm,
  f.elevationGainM,
  f.temperatureC,
  f.notes,
]

export function runsRepo(db: Db) {
  const list = db.prepare<[number], RunRow>(
    `SELECT * FROM runs WHERE athlete_id = ? AND deleted_at IS NULL ORDER BY date DESC, start_time DESC, id DESC`,
  )
  const get = db.prepare<[number], RunRow>('SELECT * FROM runs WHERE id = ?')
  const insert = db.prepare<
    [number, ...RunValues, RunSource, string | null, string | null, string | null, number | null]
  >(
    `INSERT INTO runs (athlete_id, date, start_time, duration_min, distance_m, rpe, type, surface, shoe_id,
       cadence_spm, elevation_gain_m, temperature_c, notes, source, source_file, fingerprint, start_utc, utc_offset_min)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[...RunValues, string | null, number | null, number]>(
    `UPDATE runs SET date = ?, start_time = ?, duration_min = ?, distance_m = ?, rpe = ?, type = ?, surface = ?,
       shoe_id = ?, cadence_spm = ?, elevation_gain_m = ?, temperature_c = ?, notes = ?, start_utc = ?,
       utc_offset_min = ?
     WHERE id = ? AND deleted_at IS NULL`,
  )
  const softDelete = db.prepare<[number]>(
    `UPDATE runs SET deleted_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ? AND deleted_at IS NULL`,
  )
  const restore = db.prepare<[number]>('UPDATE runs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')

  return {
    list: (athleteId: number) => list.all(athleteId).map(toRun),
    /** Includes deleted runs, so a delete can be undone. */
    get: (id: number) => {
      const row = get.get(id)
      return row ? { run: toRun(row), deleted: row.deleted_at !== null } : undefined
    },
    insert: (f: RunFields, origin: RunOrigin, clock: RunClock = clockOf(f, null)) =>
      Number(
        insert.run(
          f.athleteId,
          ...valuesOf(f),
          origin.source,
          origin.sourceFile,
          origin.fingerprint,
          clock.startUtc,
          clock.utcOffsetMin,
        ).lastInsertRowid,
      ),
    /** The run's offset stays; its instant follows the day and time as edited. */
    update: (id: number, f: Omit<RunFields, 'athleteId'>, utcOffsetMin: number | null) => {
      const clock = clockOf(f, utcOffsetMin)
      return update.run(...valuesOf(f), clock.startUtc, clock.utcOffsetMin, id).changes > 0
    },
    softDelete: (id: number) => softDelete.run(id).changes > 0,
    restore: (id: number) => restore.run(id).changes > 0,
  }
}

export type RunsRepo = ReturnType<typeof runsRepo>
