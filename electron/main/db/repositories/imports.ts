// Runs on their way in from files. Each file's runs are first staged in a TEMP table (the connection's
// own scratch space: never in the coach's file, never in a backup), then moved into `runs` in one
// transaction, so a file that fails half-way (a 200 MB CSV in the wrong encoding at row 80 000) leaves
// the data exactly as it was, while other requests keep being answered in between.
import type { Db } from '../connection'
import type { RunFields } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import type { RunSource, RunType, Surface } from '#shared/enums'
import { runsRepo, type RunClock } from './runs'

/** A run that may already be there: enough to judge whether two records are the same activity. */
export interface KnownRun {
  fingerprint: string
  durationMin: number
  distanceM: number | null
  /** its local day and HH:MM, to quote in the duplicate's reason */
  date: string
  startTime: string | null
  /** the saved run's id; null when it is only staged by this job (earlier in the same preview or file) */
  id: number | null
}

export interface StagedRun {
  jobId: number
  fileIndex: number
  fields: RunFields
  sourceFile: string
  fingerprint: string
  clock: RunClock
}

type StageValues = [
  number,
  number,
  number,
  string,
  string | null,
  number,
  number | null,
  number | null,
  RunType,
  Surface | null,
  number | null,
  number | null,
  string,
  string,
  string,
  string | null,
  number | null,
]

export function importsRepo(db: Db) {
  // A 200 MB CSV stages hundreds of thousands of rows: keep the temp database on disk, not in memory.
  // (Set before the temp table exists: changing temp_store drops what the temp database holds.)
  if (db.pragma('temp_store', { simple: true }) !== 1) db.pragma('temp_store = FILE')
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS import_staging (
      job_id INTEGER NOT NULL,
      file_index INTEGER NOT NULL,
      athlete_id INTEGER NOT NULL,
      date TEXT NOT NULL,
      start_time TEXT,
      duration_min REAL NOT NULL,
      distance_m REAL,
      rpe INTEGER,
      type TEXT NOT NULL,
      surface TEXT,
      cadence_spm REAL,
      elevation_gain_m REAL,
      notes TEXT NOT NULL,
      source_file TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      start_utc TEXT,
      utc_offset_min INTEGER
    );
    CREATE INDEX IF NOT EXISTS temp.import_staging_fingerprint ON import_staging (job_id, athlete_id, fingerprint);
  `)
  const known = db.prepare<[number, string, string, number, number, string, string], KnownRun>(`
    SELECT fingerprint, duration_min AS durationMin, distance_m AS distanceM, date, start_time AS startTime, id
      FROM runs
     WHERE athlete_id = ? AND fingerprint >= ? AND fingerprint < ? AND deleted_at IS NULL
    UNION ALL
    SELECT fingerprint, duration_min, distance_m, date, start_time, NULL FROM temp.import_staging
     WHERE job_id = ? AND athlete_id = ? AND fingerprint >= ? AND fingerprint < ?`)
  const stage = db.prepare<StageValues>(`
    INSERT INTO temp.import_staging (job_id, file_index, athlete_id, date, start_time, duration_min, distance_m, rpe,
      type, surface, cadence_spm, elevation_gain_m, notes, source_file, fingerprint, start_utc, utc_offset_min)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const lastId = db.prepare<[], { id: number | null }>('SELECT max(id) AS id FROM runs')
  const commit = db.prepare<[RunSource, number, number]>(`
    INSERT INTO runs (athlete_id, date, start_time, duration_min, distance_m, rpe, type, surface, cadence_spm,
      elevation_gain_m, notes, source, source_file, fingerprint, start_utc, utc_offset_min)
    SELECT athlete_id, date, start_time, duration_min, distance_m, rpe, type, surface, cadence_spm,
      elevation_gain_m, notes, ?, source_file, fingerprint, start_utc, utc_offset_min
      FROM temp.import_staging WHERE job_id = ? AND file_index = ?`)
  const discardFile = db.prepare<[number, number]>(
    'DELETE FROM temp.import_staging WHERE job_id = ? AND file_index = ?',
  )
  const discardJob = db.prepare<[number]>('DELETE FROM temp.import_staging WHERE job_id = ?')
  const unrated = db.prepare<[number, number, number, number], { id: number }>(
    `SELECT id FROM runs WHERE athlete_id = ? AND id BETWEEN ? AND ? AND rpe IS NULL AND deleted_at IS NULL
      ORDER BY date DESC, start_time DESC, id DESC LIMIT ?`,
  )
  const runs = runsRepo(db)
  const moveFile = (jobId: number, fileIndex: number) => {
    const before = lastId.get()?.id ?? 0
    const inserted = commit.run('import', jobId, fileIndex).changes
    discardFile.run(jobId, fileIndex)
    return inserted > 0 ? { first: before + 1, last: before + inserted } : null
  }
  const commitFile = db.transaction(moveFile)
  const commitFiles = db.transaction((jobId: number, fileIndexes: readonly number[]) =>
    fileIndexes.map((fileIndex) => moveFile(jobId, fileIndex)),
  )

  return {
    /** Runs of the athlete (saved, or staged by this job) whose fingerprint lies in [from, to). */
    known: (athleteId: number, jobId: number, from: string, to: string): KnownRun[] =>
      known.all(athleteId, from, to, jobId, athleteId, from, to),
    stage: (run: StagedRun) => {
      const f = run.fields
      stage.run(
        run.jobId,
        run.fileIndex,
        f.athleteId,
        f.date,
        f.startTime,
        f.durationMin,
        f.distanceM,
        f.rpe,
        f.type,
        f.surface,
        f.cadenceSpm,
        f.elevationGainM,
        f.notes,
        run.sourceFile,
        run.fingerprint,
        run.clock.startUtc,
        run.clock.utcOffsetMin,
      )
    },
    /**
     * Moves one file's staged runs into `runs` in one transaction; returns the ids they got. Ids are
     * given in order with no other writer inside the transaction, so they form one range.
     */
    commitFile: (jobId: number, fileIndex: number): { first: number; last: number } | null =>
      commitFile(jobId, fileIndex),
    /**
     * Several files' staged runs in one transaction (one sync to disk instead of one per file): each file
     * still goes in whole or not at all. The ids each file got, in the order given.
     */
    commitFiles: (jobId: number, fileIndexes: readonly number[]): ({ first: number; last: number } | null)[] =>
      commitFiles(jobId, fileIndexes),
    /** Runs `work` (lookups and staging) as one transaction: one write to the temp file instead of hundreds. */
    together: (work: () => void) => {
      db.transaction(work)()
    },
    discardFile: (jobId: number, fileIndex: number) => {
      discardFile.run(jobId, fileIndex)
    },
    discardJob: (jobId: number) => {
      discardJob.run(jobId)
    },
    /** Runs of these id ranges still waiting for a session RPE, newest first. */
    unrated: (athleteId: number, ranges: { first: number; last: number }[], limit: number): Run[] => {
      const ids = ranges.flatMap((r) => unrated.all(athleteId, r.first, r.last, limit).map((row) => row.id))
      return ids
        .map((id) => runs.get(id)?.run)
        .filter((run): run is Run => run !== undefined)
        .sort((a, b) => `${b.date} ${b.startTime ?? ''}`.localeCompare(`${a.date} ${a.startTime ?? ''}`) || b.id - a.id)
        .slice(0, limit)
    },
  }
}

export type ImportsRepo = ReturnType<typeof importsRepo>
