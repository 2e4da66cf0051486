import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { call, cleanup, tempBackend, tempDir } from '../../../test/support'
import { backupTo } from './backup'

afterEach(cleanup)

describe('backupTo', () => {
  it('writes a single self-contained copy that holds the coach’s data, and no partial file', async () => {
    const backend = await tempBackend()
    await call(backend, 'athletes.create', { name: 'Zoë Ñúñez' })
    const dir = tempDir()
    const file = join(dir, 'copy.db')

    await backupTo(backend.db, file)

    expect(readdirSync(dir)).toEqual(['copy.db'])
    const copy = new Database(file, { readonly: true })
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
      expect(copy.prepare('SELECT name FROM athletes').pluck().all()).toEqual(['Zoë Ñúñez'])
    } finally {
      copy.close()
    }
  })

  it('leaves nothing behind when the copy cannot be written', async () => {
    const backend = await tempBackend()
    const file = join(tempDir(), 'missing-folder', 'copy.db')
    await expect(backupTo(backend.db, file)).rejects.toThrow()
    expect(existsSync(file)).toBe(false)
    expect(existsSync(`${file}.partial`)).toBe(false)
  })
})
