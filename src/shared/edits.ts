// The history of edits to a coach's records: which fields one edit changed, from what to what.

export const RECORD_TYPES = ['run', 'pain', 'assessment', 'shoe', 'session'] as const
export type RecordType = (typeof RECORD_TYPES)[number]

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

export interface RecordEdit {
  id: number
  uuid: string
  recordType: RecordType
  recordId: number
  athleteId: number
  /** when the edit was saved, ISO 8601 in UTC */
  editedAt: string
  changes: FieldChange[]
}

/** The fields whose values differ between two versions of a record, in the order of `after`'s keys. */
export function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return Object.keys(after)
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
}
