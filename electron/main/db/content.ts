// The whole database seen as content: its tables, their columns and rows in a stable order. Backups are
// checked with it, exports and restores are built from it. Generic over sqlite_master on purpose: a table
// added by a later migration is backed up, exported and digested without touching this file.
import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'

export type SqlValue = string | number | bigint | Buffer | null

export interface TableInfo {
  name: string
  columns: string[]
}

interface ForeignKey {
  table: string
  from: string
  to: string | null
}

// Table and column names come from sqlite_master and pragma_table_info, never from input; identifiers
// cannot be bound as parameters, so they are quoted here.
export const quoteId = (name: string) => '"' + name.replaceAll('"', '""') + '"'

/** Every table of the main schema (never sqlite_* internals or temp tables), by name. */
export function tables(db: Database): TableInfo[] {
  const names = db
    .prepare<[], { name: string }>(
      "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .all()
    .map((row) => row.name)
  const columns = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
  return names.map((name) => ({ name, columns: columns.all(name).map((c) => c.name) }))
}

export function foreignKeys(db: Database, table: string): ForeignKey[] {
  return db.prepare<[string], ForeignKey>('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(table)
}

export function rowCounts(db: Database): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { name } of tables(db)) {
    counts[name] = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM ' + quoteId(name)).get()?.n ?? 0
  }
  return counts
}

/** SELECT every column of a table, ordered by every column so two equal tables list in the same order. */
export function selectAll(table: TableInfo, where = ''): string {
  const order = table.columns.map((_, i) => String(i + 1)).join(', ')
  return `SELECT ${table.columns.map(quoteId).join(', ')} FROM ${quoteId(table.name)} ${where} ORDER BY ${order}`
}

/** JSON cannot hold bytes or 64-bit integers; both get a tagged form that `decodeValue` reads back. */
export function encodeValue(value: SqlValue): unknown {
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') }
  if (typeof value === 'bigint') return { $int: value.toString() }
  return value
}

export function decodeValue(value: unknown): SqlValue {
  if (value !== null && typeof value === 'object') {
    if ('$base64' in value && typeof value.$base64 === 'string') return Buffer.from(value.$base64, 'base64')
    if ('$int' in value && typeof value.$int === 'string') return BigInt(value.$int)
    throw new Error('a value is neither text, a number nor empty')
  }
  if (value === null || typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  throw new Error('a value is neither text, a number nor empty')
}

/** Feeds tables and rows, in order, into one SHA-256; the export and the digest share it. */
export function digester() {
  const hash = createHash('sha256')
  return {
    table: (table: TableInfo) => hash.update(JSON.stringify([table.name, table.columns])),
    row: (row: SqlValue[]) => hash.update(JSON.stringify(row.map(encodeValue)) + '\n'),
    hex: () => hash.digest('hex'),
  }
}

/**
 * SHA-256 of the logical content: every table's name, columns and rows, in a stable order. Two databases
 * with the same data have the same digest whatever their page layout, journal mode or file history, so a
 * backup, a restore or a JSON round trip can be checked against the original.
 */
export function contentDigest(db: Database): string {
  const digest = digester()
  for (const table of tables(db)) {
    digest.table(table)
    for (const row of scopedRows(db, table, null)) digest.row(row)
  }
  return digest.hex()
}

/** Everyone's data, or one group's: its athletes and everything that belongs to them. */
export interface Scope {
  groupId: number
  athleteIds: number[]
}

/**
 * The rows of `table` that belong to the scope, as a prepared statement and its parameters. A table
 * belongs to athletes through an athlete_id column, or through a link to a table that has one (a pain
 * report's red flags); tables that belong to no athlete (settings) are exported whole.
 */
export function scopedRows(db: Database, table: TableInfo, scope: Scope | null): Iterable<SqlValue[]> {
  const raw = (where: string, ...params: unknown[]) =>
    db
      .prepare<unknown[], SqlValue[]>(selectAll(table, where))
      .raw(true)
      .iterate(...params)
  if (!scope) return raw('')
  const ids = JSON.stringify(scope.athleteIds)
  const inScope = 'IN (SELECT value FROM json_each(?))'
  if (table.name === 'athletes') return raw('WHERE id ' + inScope, ids)
  if (table.name === 'groups') return raw('WHERE id = ?', scope.groupId)
  if (table.name === 'athlete_groups') return raw('WHERE group_id = ? AND athlete_id ' + inScope, scope.groupId, ids)
  if (table.columns.includes('athlete_id')) return raw('WHERE athlete_id ' + inScope, ids)
  const viaParent = foreignKeys(db, table.name).find((fk) =>
    tables(db).some((t) => t.name === fk.table && t.columns.includes('athlete_id')),
  )
  if (viaParent) {
    const parent = quoteId(viaParent.table)
    const key = quoteId(viaParent.to ?? 'id')
    return raw(`WHERE ${quoteId(viaParent.from)} IN (SELECT ${key} FROM ${parent} WHERE athlete_id ${inScope})`, ids)
  }
  return raw('')
}

export function athletesOfGroup(db: Database, groupId: number): { name: string; athleteIds: number[] } | null {
  const group = db.prepare<[number], { name: string }>('SELECT name FROM groups WHERE id = ?').get(groupId)
  if (!group) return null
  const ids = db
    .prepare<[number], { athlete_id: number }>('SELECT athlete_id FROM athlete_groups WHERE group_id = ? ORDER BY 1')
    .all(groupId)
    .map((row) => row.athlete_id)
  return { name: group.name, athleteIds: ids }
}
