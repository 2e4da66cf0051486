// A database's tables as data: columns, rows in a stable order, and what changed since a snapshot. Used
// to check that migrations keep every row. Only tests and the soak script use this.
import { isDeepStrictEqual } from 'node:util'
import type { Db } from '../../electron/main/db/connection'
import { quoteId } from '../../electron/main/db/content'

export interface Column {
  name: string
  notnull: number
  pk: number
}

export const columnsOf = (db: Db, table: string) =>
  db.prepare<[string], Column>('SELECT name, "notnull", pk FROM pragma_table_info(?) ORDER BY cid').all(table)

const tablesOf = (db: Db) =>
  db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name)

/** Every row of a table as raw values in a stable order, reading only `columns`. */
export function tableContents(db: Db, table: string, columns: string[]): unknown[][] {
  const list = columns.map(quoteId).join(', ')
  const order = columns.map((_, i) => String(i + 1)).join(', ')
  return db
    .prepare<[], unknown[]>('SELECT ' + list + ' FROM ' + quoteId(table) + ' ORDER BY ' + order)
    .raw(true)
    .all()
}

export type Snapshot = Map<string, { columns: string[]; rows: unknown[][] }>

/** Every table's columns and rows, to compare with the same tables after a migration. */
export function snapshotTables(db: Db): Snapshot {
  const tables: Snapshot = new Map()
  for (const table of tablesOf(db)) {
    const columns = columnsOf(db, table).map((c) => c.name)
    tables.set(table, { columns, rows: tableContents(db, table, columns) })
  }
  return tables
}

/** The tables of `before` whose rows differ now (reading only the columns they had then). */
export function changedTables(db: Db, before: Snapshot): string[] {
  return [...before]
    .filter(([table, { columns, rows }]) => !isDeepStrictEqual(tableContents(db, table, columns), rows))
    .map(([table]) => table)
}
