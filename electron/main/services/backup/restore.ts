// Turning a chosen file into a database ready to take the current one's place, or refusing it with the
// reason. The candidate is never opened for writing: a .db file is copied with SQLite's backup API into a
// temporary file, a JSON export is rebuilt into one, and only that copy is checked and migrated. The
// current data is not touched until everything here has passed.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { contentDigest, decodeValue, quoteId, rowCounts, tables } from '../../db/content'
import { migrate, schemaVersion, type Migration } from '../../db/migrate'
import { firstSchemaDifference } from '../../db/schema'
import { AppError } from '../errors'
import { exportDocument } from '../export/format'
import { firstRefusedValue } from './exportFields'
import { sidecarOf } from './names'
import type { Sidecar } from './service'

const SQLITE_MAGIC = 'SQLite format 3\u0000'
const MAX_JSON_BYTES = 1024 * 1024 * 1024

const refuse = (message: string) => new AppError('invalid', message, 'grant')

function head(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const read = readSync(fd, buffer, 0, bytes, 0)
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** Builds the candidate at `tmp` (journal mode DELETE, newest schema) and returns its row counts. */
export async function prepareRestore(
  source: string,
  options: { tmp: string; migrations: Migration[]; currentFile: string },
): Promise<Record<string, number>> {
  const path = resolve(source)
  if (path === resolve(options.currentFile)) throw refuse('That is the database Backstride is using now.')
  if (!existsSync(path) || !statSync(path).isFile()) throw refuse('There is no file at that path.')
  const start = head(path, 16)
  if (start.length === 0) throw refuse('That file is empty: it is not a backup.')
  if (start.toString('latin1') === SQLITE_MAGIC) await copyDatabase(path, options.tmp)
  else if (start.toString('utf8').trimStart().startsWith('{'))
    await buildFromJson(path, options.tmp, options.migrations)
  else throw refuse('That file is neither a Backstride backup nor a Backstride JSON export.')
  return checkCandidate(path, options.tmp, options.migrations)
}

async function copyDatabase(path: string, tmp: string): Promise<void> {
  let source: Database.Database | undefined
  try {
    source = new Database(path, { readonly: true, fileMustExist: true })
    await source.backup(tmp)
  } catch (error) {
    throw refuse(
      `That backup is damaged and cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    )
  } finally {
    source?.close()
  }
}

async function buildFromJson(path: string, tmp: string, migrations: Migration[]): Promise<void> {
  if (statSync(path).size > MAX_JSON_BYTES) throw refuse('That file is too large to be a Backstride export.')
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw refuse('That file is not valid JSON: it is damaged or cut short.')
  }
  const doc = exportDocument.safeParse(parsed)
  if (!doc.success) throw refuse('That JSON file is not a Backstride export.')
  const { scope, tables: data, digest } = doc.data
  if (scope.kind === 'group') {
    throw refuse(
      `That export holds only the group “${scope.name}”. A restore replaces all your data, so it needs an export of everyone.`,
    )
  }
  if (doc.data.schemaVersion > migrations.length) throw tooNew(doc.data.schemaVersion, migrations.length)
  const db = new Database(tmp)
  try {
    db.pragma('journal_mode = DELETE')
    // The schema the export was written with; the newer migrations run after the data is in.
    await migrate(db, migrations.slice(0, doc.data.schemaVersion))
    const known = new Map(tables(db).map((t) => [t.name, t.columns]))
    db.pragma('foreign_keys = OFF')
    db.transaction(() => {
      for (const [name, table] of Object.entries(data)) {
        const columns = known.get(name)
        if (!columns) throw refuse(`That export has a table Backstride does not know (“${name}”).`)
        const unknown = table.columns.find((c) => !columns.includes(c))
        if (unknown) throw refuse(`That export has a column Backstride does not know (“${name}.${unknown}”).`)
        const insert = db.prepare(
          'INSERT INTO ' +
            quoteId(name) +
            ' (' +
            table.columns.map(quoteId).join(', ') +
            ') VALUES (' +
            table.columns.map(() => '?').join(', ') +
            ')',
        )
        const rows = table.rows.map((row) => {
          if (row.length !== table.columns.length) throw refuse(`A row of “${name}” has the wrong number of values.`)
          return row.map(decodeValue)
        })
        // Every value held to the API's own rules (dates, enums, ranges, text) before any of it is written.
        const refused = firstRefusedValue(name, table.columns, rows)
        if (refused) throw refuse(`That export holds a value Backstride does not accept: ${refused}.`)
        for (const row of rows) insert.run(row)
      }
    })()
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0)
      throw refuse('That export refers to records it does not hold.')
    if (contentDigest(db) !== digest) {
      throw refuse('That export’s content does not match its checksum: it was changed or damaged after it was made.')
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw refuse(
      `That export holds values Backstride cannot accept (${error instanceof Error ? error.message : String(error)}).`,
    )
  } finally {
    db.close()
  }
}

const tooNew = (found: number, supported: number) =>
  refuse(
    `That backup was made by a newer version of Backstride (schema ${String(found)}; this version knows up to ` +
      `${String(supported)}). Install the newer version to restore it.`,
  )

function readSidecar(path: string): Sidecar | null {
  try {
    return JSON.parse(readFileSync(sidecarOf(path), 'utf8')) as Sidecar
  } catch {
    return null
  }
}

async function checkCandidate(path: string, tmp: string, migrations: Migration[]): Promise<Record<string, number>> {
  let db: Database.Database
  try {
    db = new Database(tmp)
  } catch {
    throw refuse('That backup cannot be opened.')
  }
  try {
    db.pragma('journal_mode = DELETE')
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') throw refuse(`That backup is damaged: its integrity check failed (${String(integrity)}).`)
    if ((db.pragma('foreign_key_check') as unknown[]).length > 0)
      throw refuse('That backup refers to records it does not hold.')
    const version = schemaVersion(db)
    if (version === 0 || tables(db).length === 0) {
      throw refuse('That is a SQLite database, but not one of Backstride’s: it has no schema version.')
    }
    if (version > migrations.length) throw tooNew(version, migrations.length)
    const sidecar = readSidecar(path)
    if (sidecar && sidecar.schemaVersion === version && sidecar.digest !== contentDigest(db)) {
      throw refuse(
        'That backup’s content does not match the checksum written when it was made: it was changed or damaged.',
      )
    }
    // Checked at its own version first: a migration reads the columns it updates, so a look-alike must be
    // named for what it lacks before one runs on it.
    const own = await firstSchemaDifference(db, migrations.slice(0, version))
    if (own) throw refuse(`That is a SQLite database, but not one of Backstride’s: ${own}.`)
    await migrate(db, migrations)
    const difference = await firstSchemaDifference(db, migrations)
    if (difference) throw refuse(`That is a SQLite database, but not one of Backstride’s: ${difference}.`)
    return rowCounts(db)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw refuse(`That backup cannot be used (${error instanceof Error ? error.message : String(error)}).`)
  } finally {
    db.close()
  }
}
