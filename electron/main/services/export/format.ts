// The JSON export: every table of the database (or of one group's athletes) with its columns and rows as
// stored, and the content digest of what it holds. The digest is computed the same way as a backup's, so
// restoring an export of everything reproduces exactly the digest of the data it was made from.
import * as z from 'zod'

export const EXPORT_FORMAT = 'backstride-export'
export const EXPORT_FORMAT_VERSION = 1

const table = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
})

export const exportDocument = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  schemaVersion: z.int().min(1),
  exportedAt: z.string(),
  scope: z.union([
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('group'), groupId: z.int(), name: z.string() }),
  ]),
  tables: z.record(z.string(), table),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
})

export type ExportDocument = z.output<typeof exportDocument>
