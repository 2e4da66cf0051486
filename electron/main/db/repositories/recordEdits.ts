import { randomUUID } from 'node:crypto'
import type { Db } from '../connection'
import { changesBetween, type RecordEdit, type RecordType } from '#shared/edits'

interface EditRow {
  id: number
  uuid: string
  athlete_id: number
  record_type: RecordType
  record_id: number
  before_json: string
  after_json: string
  edited_at: string
}

function toEdit(row: EditRow): RecordEdit {
  return {
    id: row.id,
    uuid: row.uuid,
    recordType: row.record_type,
    recordId: row.record_id,
    athleteId: row.athlete_id,
    editedAt: row.edited_at,
    changes: changesBetween(
      JSON.parse(row.before_json) as Record<string, unknown>,
      JSON.parse(row.after_json) as Record<string, unknown>,
    ),
  }
}

export interface EditEntry {
  athleteId: number
  recordType: RecordType
  recordId: number
  before: object
  after: object
}

/** Statements are prepared on first use: the repositories are built over files not yet migrated too. */
export function recordEditsRepo(db: Db) {
  const prepare = () => ({
    insert: db.prepare<[string, number, RecordType, number, string, string]>(
      `INSERT INTO record_edits (uuid, athlete_id, record_type, record_id, before_json, after_json)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[RecordType, number], EditRow>(
      `SELECT * FROM record_edits WHERE record_type = ? AND record_id = ? AND deleted_at IS NULL
       ORDER BY id DESC`,
    ),
  })
  let statements: ReturnType<typeof prepare> | undefined
  const sql = () => (statements ??= prepare())

  return {
    insert: (e: EditEntry) => {
      const { athleteId, recordType, recordId } = e
      const before = JSON.stringify(e.before)
      const after = JSON.stringify(e.after)
      return Number(sql().insert.run(randomUUID(), athleteId, recordType, recordId, before, after).lastInsertRowid)
    },
    list: (recordType: RecordType, recordId: number) => sql().list.all(recordType, recordId).map(toEdit),
  }
}

export type RecordEditsRepo = ReturnType<typeof recordEditsRepo>
