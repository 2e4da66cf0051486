// Shared by the back-end tests: real database files in fresh temp folders, and ways to look at a whole
// database at once (schema, row counts, a digest of its bytes). Never imported by the app.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Backend, BackendOptions } from '../electron/main/backend'
import type { Db } from '../electron/main/db/connection'
import type { MethodInput, MethodName, MethodOutput } from '#shared/contract'

export const migrationsDir = fileURLToPath(new URL('../electron/main/db/migrations', import.meta.url))
export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

const dirs: string[] = []
const backends: Backend[] = []

/** A fresh empty folder, removed by `cleanup()`. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-test-'))
  dirs.push(dir)
  return dir
}

/** The real back end over a real database file in a fresh folder (or in `options.dataDir`). */
export async function tempBackend(options: Partial<BackendOptions> = {}): Promise<Backend> {
  // Loaded on demand so the data-layer tests do not depend on the services being importable.
  const { openBackend } = await import('../electron/main/backend')
  const backend = await openBackend({ migrationsDir, ...options, dataDir: options.dataDir ?? tempDir() })
  backends.push(backend)
  return backend
}

/** Closes every back end opened by `tempBackend` and removes every temp folder; use in afterEach. */
export function cleanup(): void {
  for (const backend of backends.splice(0)) backend.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Calls a method the way the renderer does and returns its value; a refusal fails the test with its message. */
export async function call<M extends MethodName>(
  backend: Backend,
  method: M,
  payload: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await backend.dispatch(method, payload)
  if (!result.ok) throw new Error(`${method} was refused: ${result.error.code} ${result.error.message}`)
  return result.value as MethodOutput<M>
}

export function tableNames(db: Db): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name)
}

// Table names come from sqlite_master, never from input, and identifiers cannot be bound as parameters.
const quoted = (name: string) => '"' + name.replaceAll('"', '""') + '"'

export function rowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of tableNames(db)) {
    counts[name] = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM ' + quoted(name)).get()?.n ?? -1
  }
  return counts
}

export function rows(db: Db, table: string): unknown[] {
  return db.prepare('SELECT * FROM ' + quoted(table) + ' ORDER BY 1, 2').all()
}

/** Every schema object's SQL, in a stable order, to compare two databases' schemas. */
export function schemaSql(db: Db): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare<[], { type: string; name: string; sql: string | null }>(
      "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all()
}

/** A digest of the database's bytes: equal digests mean nothing at all was written. */
export function digest(db: Db): string {
  return createHash('sha256').update(db.serialize()).digest('hex')
}

/**
 * Grants a test file or folder the way main grants a dialog's result or a drop (the back end's trusted
 * entry, never a contract method) and returns the id a payload names it by.
 */
export function grant(backend: Backend, path: string): string {
  const granted = backend.grants.add(path)
  if (!granted) throw new Error(`nothing to grant at ${path}`)
  return granted.grant
}
