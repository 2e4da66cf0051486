// SQLite 3.51.3 fixed a bug that could corrupt a database in WAL mode. Backstride always runs in WAL mode,
// so the SQLite compiled into better-sqlite3 must be that release or newer; a change of better-sqlite3
// version that brings an older SQLite fails here.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, tempDir } from '../../../test/support'
import { openDatabase } from './connection'

afterEach(cleanup)

const MINIMUM = [3, 51, 3] as const

/** Compares dotted versions number by number: 3.100.0 is newer than 3.51.3. */
function atLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number)
  for (let i = 0; i < minimum.length; i++) {
    const have = parts[i] ?? 0
    const need = minimum[i] ?? 0
    if (have !== need) return have > need
  }
  return true
}

describe('the bundled SQLite', () => {
  it('compares versions as numbers, not as text', () => {
    expect(atLeast('3.51.3', MINIMUM)).toBe(true)
    expect(atLeast('3.51.10', MINIMUM)).toBe(true)
    expect(atLeast('3.100.0', MINIMUM)).toBe(true)
    expect(atLeast('4.0', MINIMUM)).toBe(true)
    expect(atLeast('3.51.2', MINIMUM)).toBe(false)
    expect(atLeast('3.9.9', MINIMUM)).toBe(false)
    expect(atLeast('3.51', MINIMUM)).toBe(false)
  })

  it(`is ${MINIMUM.join('.')} or newer, with the WAL corruption fix`, () => {
    const db = openDatabase(join(tempDir(), 'backstride.db'))
    try {
      const version = db.prepare('SELECT sqlite_version()').pluck().get() as string
      expect(version).toMatch(/^\d+\.\d+\.\d+$/)
      expect(atLeast(version, MINIMUM), `SQLite ${version} is older than ${MINIMUM.join('.')}`).toBe(true)
    } finally {
      db.close()
    }
  })
})
