// A full disk, a read-only folder and a forbidden folder, as a coach meets them: a sentence that says what
// happened and which folder, never raw SQLite text, and nothing half-saved. The full disk and the read-only
// folder are real (a 2 MB tmpfs); the denied permission is made as Node reports it, since root bypasses it.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../backend'
import { DISK_FULL, deniedMessage, readOnlyMessage, systemFailureMessage } from './systemErrors'
import { fillDisk, mountSmallDisk, makeReadOnly, unmountSmallDisk } from '../../../test/reliability/small-disk'
import { call, grant, rowCounts, tempBackend } from '../../../test/support'
import { toApiFailure } from './dispatcher'

const disk = mountSmallDisk()
if (!disk.ok) console.log(`full-disk and read-only folder tests skipped: ${disk.reason}`)

describe.runIf(disk.ok)('on a real 2 MB disk', () => {
  const dir = disk.ok ? disk.dir : ''
  const dataDir = join(dir, 'Backstride data')
  let backend: Backend
  let athleteId: number

  beforeAll(async () => {
    backend = await tempBackend({ dataDir, integrityCheckAfterMs: null, log: () => undefined })
    athleteId = (await call(backend, 'athletes.create', { name: 'Ana Ruiz' })).id
    mkdirSync(join(dataDir, 'exports'))
    makeReadOnly(join(dataDir, 'exports'))
    fillDisk(dir)
  })

  afterAll(() => {
    backend.close()
    unmountSmallDisk(dir, [join(dataDir, 'exports')])
  })

  it('a full disk: every write says so in plain words, and nothing is half-saved', async () => {
    const before = rowCounts(backend.db)
    const long = 'x'.repeat(1900)
    let refused = 0
    for (let i = 0; i < 200 && refused === 0; i++) {
      const answer = await backend.dispatch('runs.create', {
        athleteId,
        date: '2026-03-01',
        durationMin: 30,
        notes: long,
      })
      if (!answer.ok) {
        expect(answer.error).toEqual({ code: 'storage', message: DISK_FULL })
        refused++
      }
    }
    expect(refused).toBe(1)
    expect(await backend.dispatch('backups.create', {})).toEqual({
      ok: false,
      error: { code: 'storage', message: DISK_FULL },
    })
    // A dump file does not fit either (into a writable folder of the full disk).
    expect(await backend.dispatch('export.json', { folder: grant(backend, dataDir) })).toEqual({
      ok: false,
      error: { code: 'storage', message: DISK_FULL },
    })
    // What was saved before the disk filled is all still there.
    expect(rowCounts(backend.db).athletes).toBe(before.athletes)
  })

  it('a read-only folder: the message names it', async () => {
    const exported = await backend.dispatch('export.csv', {})
    expect(exported).toEqual({
      ok: false,
      error: { code: 'storage', message: readOnlyMessage(join(dataDir, 'exports')) },
    })
  })
})

describe('the words for each failure', () => {
  const node = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path })
  const sqlite = (code: string) => Object.assign(new Error('raw SQLite text'), { name: 'SqliteError', code })

  it.each([
    ['SQLite: disk full', sqlite('SQLITE_FULL'), DISK_FULL],
    ['Node: no space', node('ENOSPC', 'write', '/data/exports/a.csv'), DISK_FULL],
    ['SQLite: read-only database', sqlite('SQLITE_READONLY'), readOnlyMessage('/data')],
    ['SQLite: read-only after a move', sqlite('SQLITE_READONLY_DBMOVED'), readOnlyMessage('/data')],
    ['Node: read-only file system', node('EROFS', 'open', '/data/exports/a.csv'), readOnlyMessage('/data/exports')],
    [
      'Node: permission denied on a file',
      node('EACCES', 'open', '/data/exports/a.csv'),
      deniedMessage('/data/exports'),
    ],
    ['Node: permission denied on mkdir', node('EACCES', 'mkdir', '/data/exports'), deniedMessage('/data')],
    ['Node: operation not permitted', node('EPERM', 'rename', '/data/backups/x.db'), deniedMessage('/data/backups')],
  ])('%s', (_what, error, message) => {
    expect(systemFailureMessage(error, '/data')).toBe(message)
    const logged: string[] = []
    expect(toApiFailure(error, (m) => logged.push(m), 'runs.create', '/data')).toEqual({
      ok: false,
      error: { code: 'storage', message },
    })
    expect(logged).toEqual(['runs.create failed'])
  })

  it('leaves other errors to the general message', () => {
    expect(systemFailureMessage(new Error('boom'), '/data')).toBeNull()
    expect(systemFailureMessage(sqlite('SQLITE_CONSTRAINT_UNIQUE'), '/data')).toBeNull()
  })
})
