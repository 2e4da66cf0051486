// Backups a coach can trust: made at start-up when the last is a day old, verified, pruned; restored from
// a backup or a JSON export with the same content digest; a damaged or foreign file refused with the
// current data untouched.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { contentDigest } from '../../db/content'
import { call, cleanup, grant, tempBackend, tempDir } from '../../../../test/support'
import { backupName } from './names'

afterEach(cleanup)

async function club(backend: Backend) {
  const ana = await call(backend, 'athletes.create', { name: 'Zoë Ñúñez 山田', groups: ['Road 10k'] })
  const jon = await call(backend, 'athletes.create', { name: 'Jon "JP" O’Brien', groups: ['Trail'] })
  await call(backend, 'runs.create', {
    athleteId: ana.id,
    date: '2026-03-01',
    durationMin: 45.5,
    distanceM: 9000,
    rpe: 6,
  })
  await call(backend, 'runs.create', {
    athleteId: jon.id,
    date: '2026-03-02',
    durationMin: 30,
    rpe: 3,
    notes: 'comma, "quote"\nnew line',
  })
  const pain = await call(backend, 'pain.report', {
    athleteId: ana.id,
    date: '2026-03-02',
    score: 4,
    timing: 'after',
    redFlags: ['recent_trauma'],
  })
  await call(backend, 'settings.update', { units: 'mi' })
  return { ana, jon, pain }
}

const backupFiles = (backend: Backend) =>
  readdirSync(join(backend.dataDir, 'backups')).filter((name) => name.endsWith('.db'))

describe('backups', () => {
  it('makes a verified backup on demand, with its digest and row counts beside it', async () => {
    const backend = await tempBackend()
    await club(backend)
    const made = await call(backend, 'backups.create', {})
    expect(made).toMatchObject({ kind: 'manual', name: expect.stringMatching(/^manual-.*\.db$/) })
    expect(made.sizeBytes).toBeGreaterThan(0)
    const sidecar = JSON.parse(readFileSync(`${made.path}.json`, 'utf8')) as Record<string, unknown>
    expect(sidecar).toMatchObject({ kind: 'manual', digest: contentDigest(backend.db) })
    expect(sidecar.rowCounts).toMatchObject({ athletes: 2, runs: 2, pain_reports: 1, pain_red_flags: 1 })
    const copy = new Database(made.path, { readonly: true })
    expect(contentDigest(copy)).toBe(contentDigest(backend.db))
    copy.close()
    expect(await call(backend, 'backups.list', {})).toEqual({
      folder: join(backend.dataDir, 'backups'),
      backups: [made],
    })
  })

  it('backs up at start when the newest backup is more than a day old, and not again within the day', async () => {
    const first = await tempBackend()
    await club(first)
    first.close()
    // Nothing to back up the first time a folder is used; an existing file with no backup gets one.
    const second = await tempBackend({ dataDir: first.dataDir })
    expect(backupFiles(second)).toEqual([expect.stringMatching(/^auto-/)])
    second.close()
    const third = await tempBackend({ dataDir: first.dataDir })
    expect(backupFiles(third)).toHaveLength(1)
    third.close()
    // Make the existing one two days old (names carry the time).
    const old = backupFiles(third)[0] ?? ''
    const renamed = backupName('auto', new Date(Date.now() - 2 * 24 * 3600 * 1000))
    writeFileSync(join(first.dataDir, 'backups', renamed), readFileSync(join(first.dataDir, 'backups', old)))
    rmSync(join(first.dataDir, 'backups', old))
    const fourth = await tempBackend({ dataDir: first.dataDir })
    expect(backupFiles(fourth)).toHaveLength(2)
    fourth.close()
    const off = await tempBackend({ dataDir: first.dataDir, startupBackup: false })
    expect(backupFiles(off)).toHaveLength(2)
  })

  it('lists a file copied into the folder by hand, and never prunes it', async () => {
    const backend = await tempBackend()
    await call(backend, 'backups.create', {})
    const handMade = join(backend.dataDir, 'backups', 'before the trip.db')
    writeFileSync(handMade, readFileSync(join(backend.dataDir, 'backups', backupFiles(backend)[0] ?? '')))
    utimesSync(handMade, new Date('2020-01-01'), new Date('2020-01-01'))
    for (let i = 0; i < 3; i++) await call(backend, 'backups.create', {})
    const listed = await call(backend, 'backups.list', {})
    expect(listed.backups.map((b) => b.kind)).toEqual(['manual', 'other'])
    expect(listed.backups[1]).toMatchObject({ name: 'before the trip.db', createdAt: '2020-01-01T00:00:00.000Z' })
  })
})

describe('restore', () => {
  it('brings back a backup with the same digest, keeps a revert copy, and the dispatcher keeps answering', async () => {
    const backend = await tempBackend()
    const { ana } = await club(backend)
    const digestBefore = contentDigest(backend.db)
    const backup = await call(backend, 'backups.create', {})
    await call(backend, 'runs.create', { athleteId: ana.id, date: '2026-03-05', durationMin: 60, rpe: 5 })
    await call(backend, 'athletes.create', { name: 'Added later' })
    const digestAfterChanges = contentDigest(backend.db)

    const restored = await call(backend, 'backups.restore', { grant: backup.grant })
    expect(restored.revertCopy.kind).toBe('before-restore')
    expect(restored.counts).toMatchObject({ athletes: 2, runs: 2 })
    expect(contentDigest(backend.db)).toBe(digestBefore)
    expect((await call(backend, 'athletes.list', {})).map((a) => a.name)).toEqual([
      'Jon "JP" O’Brien',
      'Zoë Ñúñez 山田',
    ])
    // Writing after the restore goes to the restored data.
    await call(backend, 'runs.create', { athleteId: ana.id, date: '2026-03-06', durationMin: 20 })
    expect(await call(backend, 'runs.list', { athleteId: ana.id })).toHaveLength(2)

    // And the revert copy takes the data back to how it was just before.
    await call(backend, 'backups.restore', { grant: restored.revertCopy.grant })
    expect(contentDigest(backend.db)).toBe(digestAfterChanges)
  })

  it('restores an export of everything to the same digest, and refuses a group’s export', async () => {
    const backend = await tempBackend()
    await club(backend)
    const digestBefore = contentDigest(backend.db)
    const everything = await call(backend, 'export.json', {})
    const group = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Road 10k')
    const oneGroup = await call(backend, 'export.json', { groupId: group?.id ?? 0 })
    await call(backend, 'athletes.create', { name: 'Added later' })

    await call(backend, 'backups.restore', { grant: grant(backend, everything.files[0]?.path ?? '') })
    expect(contentDigest(backend.db)).toBe(digestBefore)
    expect(await backend.dispatch('backups.restore', { grant: grant(backend, oneGroup.files[0]?.path ?? '') })).toEqual(
      {
        ok: false,
        error: {
          code: 'invalid',
          field: 'grant',
          message:
            'That export holds only the group “Road 10k”. A restore replaces all your data, so it needs an export of everyone.',
        },
      },
    )
  })

  it('refuses damaged, foreign, altered and newer files with a reason, and leaves the data as it was', async () => {
    const backend = await tempBackend()
    await club(backend)
    const dir = tempDir()
    const backup = await call(backend, 'backups.create', {})
    const exported = (await call(backend, 'export.json', {})).files[0]?.path ?? ''

    const truncated = join(dir, 'truncated.db')
    writeFileSync(truncated, readFileSync(backup.path))
    truncateSync(truncated, 3000)
    const foreign = join(dir, 'foreign.db')
    const other = new Database(foreign)
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)')
    other.close()
    const newer = join(dir, 'newer.db')
    writeFileSync(newer, readFileSync(backup.path))
    const raw = new Database(newer)
    raw.pragma('user_version = 99')
    raw.close()
    const altered = join(dir, 'altered.json')
    writeFileSync(altered, readFileSync(exported, 'utf8').replace('Zoë Ñúñez 山田', 'Someone else'))
    const text = join(dir, 'notes.txt')
    writeFileSync(text, 'not a backup')
    const tampered = join(dir, 'tampered.db')
    writeFileSync(tampered, readFileSync(backup.path))
    writeFileSync(
      `${tampered}.json`,
      readFileSync(`${backup.path}.json`, 'utf8').replace(/"digest": "[0-9a-f]+"/, `"digest": "${'0'.repeat(64)}"`),
    )

    const before = contentDigest(backend.db)
    const cases: [string, RegExp][] = [
      [truncated, /^That backup is damaged/],
      [foreign, /^That is a SQLite database, but not one of Backstride’s/],
      [newer, /^That backup was made by a newer version of Backstride \(schema 99/],
      [altered, /^That export’s content does not match its checksum/],
      [text, /^That file is neither a Backstride backup nor a Backstride JSON export\.$/],
      [tampered, /^That backup’s content does not match the checksum written when it was made/],
    ]
    for (const [path, message] of cases) {
      const answer = await backend.dispatch('backups.restore', { grant: grant(backend, path) })
      expect(answer, path).toMatchObject({
        ok: false,
        error: { code: 'invalid', field: 'grant', message: expect.stringMatching(message) },
      })
    }
    expect(contentDigest(backend.db)).toBe(before)
    // No revert copy was made for a refused file, and no temporary file is left behind.
    expect(backupFiles(backend)).toEqual([backup.name])
    expect(readdirSync(backend.dataDir).filter((name) => name.startsWith('restoring-'))).toEqual([])
  })
})

describe('export', () => {
  it('writes one CSV per table for everyone, or for one group only', async () => {
    const backend = await tempBackend()
    const { ana } = await club(backend)
    const all = await call(backend, 'export.csv', {})
    expect(all.folder.startsWith(join(backend.dataDir, 'exports'))).toBe(true)
    const byName = Object.fromEntries(all.files.map((f) => [f.name, f]))
    expect(byName['athletes.csv']?.rows).toBe(2)
    expect(byName['runs.csv']?.rows).toBe(2)
    const runs = readFileSync(byName['runs.csv']?.path ?? '', 'utf8')
    expect(runs.startsWith('\ufeffid,athlete_id,date,')).toBe(true)
    expect(runs).toContain('"comma, ""quote""\nnew line"')

    const group = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Road 10k')
    const road = await call(backend, 'export.csv', { groupId: group?.id ?? 0 })
    const rows = Object.fromEntries(road.files.map((f) => [f.name, f.rows]))
    expect(rows).toMatchObject({
      'athletes.csv': 1,
      'runs.csv': 1,
      'pain_reports.csv': 1,
      'pain_red_flags.csv': 1,
      'groups.csv': 1,
      'athlete_groups.csv': 1,
      'settings.csv': 1,
    })
    expect(readFileSync(road.files.find((f) => f.name === 'athletes.csv')?.path ?? '', 'utf8')).toContain(ana.name)
  })

  it('writes into a chosen folder, and refuses one that is gone since it was chosen', async () => {
    const backend = await tempBackend()
    await club(backend)
    const folder = tempDir()
    const json = await call(backend, 'export.json', { folder: grant(backend, folder) })
    expect(json.folder).toBe(folder)
    expect(existsSync(json.files[0]?.path ?? '')).toBe(true)
    const gone = join(folder, 'gone')
    mkdirSync(gone)
    const goneGrant = grant(backend, gone)
    rmSync(gone, { recursive: true })
    expect(await backend.dispatch('export.json', { folder: goneGrant })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'folder' },
    })
  })
})
