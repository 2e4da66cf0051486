// Start-up on damaged, empty and missing data, on real files: the file is never opened for writing, the
// coach is offered the newest verified backup with its date and row counts, and restoring it keeps the
// damaged file aside, byte for byte.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Backend } from '../backend'
import { contentDigest } from '../db/content'
import { flipBytes, mismatchIndex } from '../../../test/reliability/damage'
import { call, cleanup, tempBackend } from '../../../test/support'

afterEach(cleanup)

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A club with a backup of it, closed: the data folder as a coach's machine has it between sessions. */
async function closedClub() {
  const backend = await tempBackend({ integrityCheckAfterMs: null })
  const ana = await call(backend, 'athletes.create', { name: 'Ana Ruiz' })
  for (let day = 1; day <= 12; day++) {
    await call(backend, 'runs.create', {
      athleteId: ana.id,
      date: `2026-03-${String(day).padStart(2, '0')}`,
      durationMin: 30 + day,
    })
  }
  const backup = await call(backend, 'backups.create', {})
  const digest = contentDigest(backend.db)
  backend.close()
  return { dataDir: backend.dataDir, file: backend.databaseFile, backup, digest }
}

async function expectRecoveryScreen(backend: Backend, kind: string, backupName: string) {
  expect(backend.recovery).toMatchObject({ kind, file: backend.databaseFile })
  const status = await call(backend, 'recovery.status', {})
  expect(status.problem?.kind).toBe(kind)
  expect(status.backup).toMatchObject({ name: backupName, counts: expect.objectContaining({ athletes: 1, runs: 12 }) })
  expect(status.backup?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  // Every other request says why, with the code that brings up the recovery screen; nothing is created.
  expect(await backend.dispatch('athletes.create', { name: 'Nobody' })).toEqual({
    ok: false,
    error: { code: 'recovery', message: status.problem?.message },
  })
}

describe('start-up health', () => {
  it('finds flipped bytes with quick_check, never writes to the file, and offers the newest verified backup', async () => {
    const club = await closedClub()
    flipBytes(club.file)
    const damaged = sha(club.file)
    const backend = await tempBackend({ dataDir: club.dataDir })
    await expectRecoveryScreen(backend, 'damaged', club.backup.name)
    expect((await call(backend, 'recovery.status', {})).problem?.message).toMatch(/is damaged, so it was not opened/)
    expect(sha(club.file)).toBe(damaged)
    // No "newest backup" was made of damaged data.
    expect(readdirSync(join(club.dataDir, 'backups')).filter((n) => n.endsWith('.db'))).toEqual([club.backup.name])

    const result = await call(backend, 'recovery.restore', {})
    expect(result.counts).toMatchObject({ athletes: 1, runs: 12 })
    expect(result.keptAside).toMatch(/backstride-damaged-.*\.db$/)
    expect(sha(result.keptAside ?? '')).toBe(damaged)
    expect(backend.recovery).toBeNull()
    expect(contentDigest(backend.db)).toBe(club.digest)
    expect((await call(backend, 'athletes.list', {})).map((a) => a.name)).toEqual(['Ana Ruiz'])
    expect((await call(backend, 'recovery.status', {})).problem).toBeNull()
  })

  it('does not start an empty club over a 0-byte database when backups are beside it', async () => {
    const club = await closedClub()
    writeFileSync(club.file, '')
    rmSync(`${club.file}-wal`, { force: true })
    const backend = await tempBackend({ dataDir: club.dataDir })
    await expectRecoveryScreen(backend, 'empty', club.backup.name)
    expect(readFileSync(club.file)).toHaveLength(0)
    const result = await call(backend, 'recovery.restore', {})
    expect(readFileSync(result.keptAside ?? '')).toHaveLength(0)
    expect(contentDigest(backend.db)).toBe(club.digest)
  })

  it('does not start an empty club when the database is missing and backups are there', async () => {
    const club = await closedClub()
    rmSync(club.file)
    const backend = await tempBackend({ dataDir: club.dataDir })
    await expectRecoveryScreen(backend, 'missing', club.backup.name)
    expect(existsSync(club.file)).toBe(false)
    const result = await call(backend, 'recovery.restore', {})
    expect(result.keptAside).toBeNull()
    expect(contentDigest(backend.db)).toBe(club.digest)
  })

  it('offers the newest backup that passes the checks, skipping a damaged newer one', async () => {
    const club = await closedClub()
    const newer = join(club.dataDir, 'backups', 'manual-2099-01-01T00-00-00-000Z.db')
    copyFileSync(club.backup.path, newer)
    flipBytes(newer)
    rmSync(club.file)
    const backend = await tempBackend({ dataDir: club.dataDir })
    expect((await call(backend, 'recovery.status', {})).backup?.name).toBe(club.backup.name)
  })

  it('runs the full integrity check in the background and stops writing when it fails', async () => {
    const club = await closedClub()
    // Damage only the full check sees: an index whose entries no longer match its table.
    mismatchIndex(club.file, 'runs_athlete_date', '(athlete_id, date)', '(date, athlete_id)')
    const log = vi.fn<(message: string, error: unknown) => void>()
    const backend = await tempBackend({ dataDir: club.dataDir, integrityCheckAfterMs: 0, log })
    expect(backend.recovery).toBeNull()
    expect(await backend.integrity).toBe('damaged')
    expect(log).toHaveBeenCalledWith('the background integrity check failed', expect.any(Error))
    expect(backend.recovery).toMatchObject({ kind: 'damaged' })
    expect(await backend.dispatch('athletes.create', { name: 'Nobody' })).toMatchObject({
      ok: false,
      error: { code: 'recovery' },
    })
  })

  it('passes the full check on sound data and answers as usual', async () => {
    const club = await closedClub()
    const backend = await tempBackend({ dataDir: club.dataDir, integrityCheckAfterMs: 0 })
    expect(await backend.integrity).toBe('ok')
    expect((await call(backend, 'recovery.status', {})).problem).toBeNull()
    expect(await backend.dispatch('recovery.restore', {})).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('starts a new club on a 0-byte file when there are no backups (a first start)', async () => {
    const backend = await tempBackend({ integrityCheckAfterMs: null })
    backend.close()
    rmSync(backend.databaseFile)
    writeFileSync(backend.databaseFile, '')
    const again = await tempBackend({ dataDir: backend.dataDir, integrityCheckAfterMs: null })
    expect(again.recovery).toBeNull()
    expect(await call(again, 'athletes.list', {})).toEqual([])
  })

  it('offers Quit and Open another folder through the desktop shell, and says so where there is none', async () => {
    const club = await closedClub()
    rmSync(club.file)
    const shell = { quit: vi.fn(), openAnotherFolder: vi.fn(() => Promise.resolve(true)) }
    const backend = await tempBackend({ dataDir: club.dataDir, shell })
    expect((await call(backend, 'recovery.status', {})).shell).toBe(true)
    expect(await call(backend, 'recovery.openFolder', {})).toEqual({ chosen: true })
    expect(await call(backend, 'recovery.quit', {})).toEqual({ quitting: true })
    expect(shell.openAnotherFolder).toHaveBeenCalledTimes(1)
    expect(shell.quit).toHaveBeenCalledTimes(1)
    backend.close()
    const bare = await tempBackend({ dataDir: club.dataDir })
    expect((await call(bare, 'recovery.status', {})).shell).toBe(false)
    expect(await bare.dispatch('recovery.quit', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Close this window to quit.' },
    })
  })
})
