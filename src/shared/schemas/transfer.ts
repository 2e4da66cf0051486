// Payloads for importing activity files, exporting and backups. No payload holds a path: a file or folder
// is named by the grant the trusted side issued when the coach chose it (a native dialog, a drop) or for
// one of Backstride's own folders, so the renderer can reach nothing the coach did not choose.
import * as z from 'zod'
import { id, storable } from './common'

/** An opaque grant id (22 URL-safe characters) as files.choose, a drop, import.scan or backups.list gave it. */
export const grantId = z
  .string('Choose the file again')
  .regex(/^[A-Za-z0-9_-]{22}$/, 'Choose the file again: Backstride only opens files and folders you chose')

const column = z.int('Pick a column').min(0, 'Pick a column').max(999, 'Pick a column')

/** Which column of a CSV holds what, as confirmed by the coach in the mapping step. */
export const csvMapping = z.strictObject({
  date: column,
  time: column.nullable().default(null),
  dateOrder: z.enum(['ymd', 'dmy', 'mdy']).default('ymd'),
  duration: column,
  durationUnit: z.enum(['hms', 'minutes', 'seconds']).default('hms'),
  distance: column.nullable().default(null),
  distanceUnit: z.enum(['km', 'mi', 'm']).default('km'),
  cadence: column.nullable().default(null),
  elevationGain: column.nullable().default(null),
  elevationUnit: z.enum(['m', 'ft']).default('m'),
  type: column.nullable().default(null),
  rpe: column.nullable().default(null),
  name: column.nullable().default(null),
})

export const importFile = z.strictObject({
  name: z
    .string('Name the file')
    .trim()
    .min(1, 'Name the file')
    .max(255, 'That file name is too long')
    .refine(...storable),
  grant: grantId,
  mapping: csvMapping.optional(),
})

export const importRequest = z.strictObject({
  athleteId: id,
  files: z.array(importFile).min(1, 'Choose at least one file').max(10_000, 'At most 10,000 files at a time'),
  /** the coach confirmed that runs dated in the future are to be imported too */
  confirmFuture: z.boolean().default(false),
})

export const importScan = z.strictObject({
  grants: z.array(grantId).min(1, 'Choose at least one file or folder').max(10_000, 'At most 10,000 files at a time'),
})

export const csvColumnsInput = z.strictObject({ grant: grantId })

export const jobRef = z.strictObject({ jobId: id })
/** `from`: results already received; only later ones are sent again. */
export const jobStatusInput = z.strictObject({ jobId: id, from: z.int().min(0).default(0) })

export const fileChoice = z.strictObject({
  purpose: z.enum(['import-files', 'import-folder', 'restore', 'export-folder']),
})

/** An export of everyone (groupId null) or of one group; into `folder`, or the data folder's exports/. */
export const exportInput = z.strictObject({
  groupId: id.nullable().default(null),
  folder: grantId.nullable().default(null),
})

export const restoreInput = z.strictObject({ grant: grantId })

export type CsvMapping = z.output<typeof csvMapping>
export type CsvMappingInput = z.input<typeof csvMapping>
export type ImportFileInput = z.input<typeof importFile>
export type ImportRequest = z.output<typeof importRequest>
export type FilePurpose = z.output<typeof fileChoice>['purpose']
