// What import, export and backup calls answer. Distances in metres, durations in minutes, dates as
// the run's local calendar day (YYYY-MM-DD) and clock time (HH:MM).
import type { CsvMapping } from './schemas/transfer'

export type FileKind = 'fit' | 'gpx' | 'tcx' | 'csv'

export type GrantKind = 'file' | 'folder'

/** A file or folder the coach chose (dialog, drop) or one of Backstride's own: `grant` is how to name it. */
export interface GrantedFile {
  grant: string
  name: string
  /** for display only; no method takes a path */
  path: string
  kind: GrantKind
}

export interface ImportFileRef {
  /** the grant to pass to import.columns, import.preview and import.start */
  grant: string
  name: string
  path: string
  kind: FileKind
  sizeBytes: number
}

export interface IgnoredFile {
  name: string
  path: string
  reason: string
}

export interface ImportScan {
  files: ImportFileRef[]
  ignored: IgnoredFile[]
}

/**
 * new/duplicate/skipped/error/future in a preview; imported/duplicate/skipped/error/future after an
 * import. `future`: dated after now, left out unless the coach confirmed those runs.
 */
export type ActivityStatus = 'new' | 'imported' | 'duplicate' | 'skipped' | 'error' | 'future'

export interface ActivityPreview {
  /** CSV row number (1 = first data row); null for watch files */
  row: number | null
  /** the activity type as the file names it ("running", "Ride", …) */
  sport: string
  isRun: boolean
  /** the run's own local day and HH:MM */
  date: string | null
  startTime: string | null
  /** minutes east of UTC of the run's clock when the file said; null: on this computer's clock */
  offsetMin: number | null
  durationMin: number | null
  distanceM: number | null
  cadenceSpm: number | null
  elevationGainM: number | null
  status: ActivityStatus
  reason: string | null
}

export interface ImportCounts {
  activities: number
  /** new runs in a preview, runs written by an import */
  runs: number
  duplicates: number
  skipped: number
  errors: number
  /** runs dated in the future: left out unless the request confirmed them */
  future: number
}

export type FileState = 'done' | 'failed' | 'cancelled'

export interface FileResult {
  index: number
  name: string
  path: string
  kind: FileKind | null
  state: FileState
  /** why the whole file was refused, or a note on how it was read */
  message: string | null
  /** a CSV that is not a known export: the coach must choose its columns first */
  needsMapping: boolean
  /** the first activities of the file (all of them for watch files); `counts` has the totals */
  activities: ActivityPreview[]
  counts: ImportCounts
}

export type JobState = 'running' | 'done' | 'cancelled' | 'failed'

export interface ImportJobRef {
  jobId: number
}

export interface ImportJobStatus {
  jobId: number
  mode: 'preview' | 'import'
  athleteId: number
  state: JobState
  /** files finished, of `total` */
  done: number
  total: number
  /** bytes read so far, of `bytesTotal`: drives the progress bar within a big CSV */
  bytesDone: number
  bytesTotal: number
  current: string | null
  /** results from index `from` of the request on */
  results: FileResult[]
  totals: ImportCounts
  message: string | null
}

export type CsvFormat = 'strava' | 'garmin' | 'other'

export interface CsvColumns {
  format: CsvFormat
  header: string[]
  sample: string[][]
  /** a starting point for the mapping step; null when no column looks like a date or a duration */
  suggested: CsvMapping | null
}

export interface ChosenFiles {
  /** false when there is no native dialog (a plain browser preview) */
  available: boolean
  files: GrantedFile[]
}

export interface ExportedFile {
  name: string
  path: string
  rows: number
}

export interface ExportResult {
  folder: string
  files: ExportedFile[]
}

export type BackupKind = 'auto' | 'manual' | 'before-migration' | 'before-restore' | 'other'

export interface BackupInfo {
  /** the grant to pass to backups.restore */
  grant: string
  name: string
  path: string
  kind: BackupKind
  createdAt: string
  sizeBytes: number
}

export interface BackupList {
  folder: string
  backups: BackupInfo[]
}

export interface RestoreResult {
  restoredFrom: string
  /** the data as it was just before the restore, to go back to */
  revertCopy: BackupInfo
  counts: Record<string, number>
}

/** Why Backstride did not open the data at start (or stopped using it after its full check). */
export type RecoveryProblemKind = 'damaged' | 'missing' | 'empty'

export interface VerifiedBackup {
  name: string
  createdAt: string
  /** rows per table, as the backup's check counted them */
  counts: Record<string, number>
}

export interface RecoveryStatus {
  /** null when the data is open and sound */
  problem: { kind: RecoveryProblemKind; message: string; file: string } | null
  /** the newest backup that passed every restore check; null when none did */
  backup: VerifiedBackup | null
  /** whether this window can offer "Open another folder" and "Quit" (the desktop app can) */
  shell: boolean
}

export interface RecoveryResult {
  restoredFrom: string
  /** where the damaged (or empty) file was put aside; null when there was no file */
  keptAside: string | null
  counts: Record<string, number>
}
