// The schema a file really has, compared with the one Backstride's migrations build. A restore accepts a
// file only when, once migrated, every table, column, index, trigger and view is exactly ours: a look-alike
// or a file with one added trigger would otherwise replace the coach's data.
import Database from 'better-sqlite3'
import { migrate, type Migration } from './migrate'

export interface SchemaObject {
  type: string
  name: string
  table: string
  /** The statement as SQLite keeps it, with runs of white space made one space. */
  sql: string
}

export interface ColumnShape {
  name: string
  type: string
  notNull: boolean
  defaultValue: string | null
  primaryKey: number
  hidden: number
}

const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim()

/** Every object of the main schema except SQLite's own (sqlite_sequence, automatic indexes). */
export function schemaOf(db: Database.Database): SchemaObject[] {
  return db
    .prepare<[], { type: string; name: string; tbl_name: string; sql: string | null }>(
      "SELECT type, name, tbl_name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' " +
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, name",
    )
    .all()
    .map((row) => ({ type: row.type, name: row.name, table: row.tbl_name, sql: normalise(row.sql) }))
}

export function columnsOf(db: Database.Database, table: string): ColumnShape[] {
  return db
    .prepare<
      [string],
      { name: string; type: string; notnull: number; dflt_value: string | null; pk: number; hidden: number }
    >('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid')
    .all(table)
    .map((c) => ({
      name: c.name,
      type: c.type,
      notNull: c.notnull === 1,
      defaultValue: c.dflt_value,
      primaryKey: c.pk,
      hidden: c.hidden,
    }))
}

const cache = new WeakMap<Migration[], { objects: SchemaObject[]; columns: Map<string, ColumnShape[]> }>()

/** What the migrations build on a new, empty database (built once per list of migrations). */
export async function expectedSchema(migrations: Migration[]) {
  const known = cache.get(migrations)
  if (known) return known
  const db = new Database(':memory:')
  try {
    await migrate(db, migrations)
    const objects = schemaOf(db)
    const columns = new Map(objects.filter((o) => o.type === 'table').map((o) => [o.name, columnsOf(db, o.name)]))
    const built = { objects, columns }
    cache.set(migrations, built)
    return built
  } finally {
    db.close()
  }
}

const describeColumn = (c: ColumnShape) =>
  `${c.type || 'untyped'}${c.notNull ? ' NOT NULL' : ''}${c.defaultValue === null ? '' : ` DEFAULT ${c.defaultValue}`}`

function columnDifference(table: string, ours: ColumnShape[], theirs: ColumnShape[]): string | null {
  const theirsByName = new Map(theirs.map((c) => [c.name, c]))
  const oursByName = new Set(ours.map((c) => c.name))
  for (const column of ours) {
    const other = theirsByName.get(column.name)
    if (!other) return `the column “${table}.${column.name}” is missing`
    if (describeColumn(other) !== describeColumn(column) || other.primaryKey !== column.primaryKey)
      return `the column “${table}.${column.name}” is ${describeColumn(other)} instead of ${describeColumn(column)}`
  }
  const extra = theirs.find((c) => !oursByName.has(c.name))
  if (extra) return `it has an extra column “${table}.${extra.name}”`
  const order = theirs.findIndex((c, i) => c.name !== ours[i]?.name)
  if (order >= 0) return `the columns of “${table}” are in another order`
  return null
}

/**
 * The first way `db`'s schema differs from what the migrations build, in words a coach can pass on
 * ("the trigger “wipe” is not one of Backstride’s"); null when it is exactly ours.
 */
export async function firstSchemaDifference(db: Database.Database, migrations: Migration[]): Promise<string | null> {
  const expected = await expectedSchema(migrations)
  const actual = schemaOf(db)
  const key = (o: SchemaObject) => `${o.type} ${o.name}`
  const actualByKey = new Map(actual.map((o) => [key(o), o]))
  const expectedKeys = new Set(expected.objects.map(key))
  for (const object of expected.objects) {
    const found = actualByKey.get(key(object))
    if (!found) return `it has no ${object.type} “${object.name}”`
    if (found.sql === object.sql) continue
    if (object.type === 'table') {
      const columns = columnDifference(object.name, expected.columns.get(object.name) ?? [], columnsOf(db, object.name))
      return columns ?? `the table “${object.name}” is defined differently (its keys or constraints)`
    }
    return `the ${object.type} “${object.name}” is defined differently`
  }
  const extra = actual.find((o) => !expectedKeys.has(key(o)))
  if (extra) return `it has an extra ${extra.type} “${extra.name}” that is not one of Backstride’s`
  return null
}
