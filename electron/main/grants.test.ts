// File access by grant, on real files and real links: for every method that takes a file or folder, a
// path the coach never chose is refused, and so is a link to the live database, whichever way it comes in.
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from './backend'
import { contentDigest } from './db/content'
import { call, cleanup, grant, tempBackend, tempDir } from '../../test/support'

let backend: Backend
let athleteId: number
let outside: string

beforeEach(async () => {
  backend = await tempBackend({ integrityCheckAfterMs: null })
  athleteId = (await call(backend, 'athletes.create', { name: 'Ana Ruiz' })).id
  outside = tempDir()
  writeFileSync(join(outside, 'secret.csv'), 'Date,Duration (min)\n2026-03-03,45\n')
})

afterEach(cleanup)

/** Every path-taking method, with the payload that names `id` where a file or folder belongs. */
const PATH_TAKING = [
  ['import.scan', (id: string) => ({ grants: [id] }), 'grants.0'],
  ['import.columns', (id: string) => ({ grant: id }), 'grant'],
  ['import.preview', (id: string) => ({ athleteId, files: [{ name: 'a.csv', grant: id }] }), 'files.0.grant'],
  ['import.start', (id: string) => ({ athleteId, files: [{ name: 'a.csv', grant: id }] }), 'files.0.grant'],
  ['export.csv', (id: string) => ({ folder: id }), 'folder'],
  ['export.json', (id: string) => ({ folder: id }), 'folder'],
  ['backups.restore', (id: string) => ({ grant: id }), 'grant'],
] as const

describe('every path-taking method', () => {
  it.each(PATH_TAKING)('%s refuses a path outside the grants, and a made-up grant', async (method, payload, field) => {
    const before = contentDigest(backend.db)
    const asPath = await backend.dispatch(method, payload(join(outside, 'secret.csv')))
    expect(asPath).toMatchObject({ ok: false, error: { code: 'invalid', field } })
    const madeUp = await backend.dispatch(method, payload('AAAAAAAAAAAAAAAAAAAAAA'))
    expect(madeUp).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        field,
        message: 'Backstride may only open files and folders you chose: choose it again.',
      },
    })
    // Nothing was written anywhere, and the folder outside was not even listed back.
    expect(contentDigest(backend.db)).toBe(before)
    expect(readdirSync(outside)).toEqual(['secret.csv'])
    expect(JSON.stringify([asPath, madeUp])).not.toContain('secret')
  })

  it.each(PATH_TAKING)('%s never reaches the live database through a link to it', async (method, payload, field) => {
    const link = join(outside, 'innocent.db')
    symlinkSync(backend.databaseFile, link)
    // Main refuses to grant it at all, whether a dialog or a drop offers the link or the file itself.
    expect(backend.grants.add(link)).toBeNull()
    expect(backend.grants.add(backend.databaseFile)).toBeNull()
    expect(backend.grants.add(`${backend.databaseFile}-wal`)).toBeNull()
    // A file granted first and swapped for a link to the database afterwards is refused when used.
    const swapped = join(outside, 'later.csv')
    writeFileSync(swapped, 'Date,Duration (min)\n')
    const id = grant(backend, swapped)
    rmSync(swapped)
    symlinkSync(backend.databaseFile, swapped)
    const answer = await backend.dispatch(method, payload(id))
    expect(answer).toMatchObject({ ok: false, error: { field } })
    expect(answer.ok ? '' : answer.error.message).toMatch(/no longer there as it was|choose it again/)
  })
})

describe('grants', () => {
  it('a folder scan grants only what is really inside the folder: a link out of it is listed as ignored', async () => {
    const folder = join(tempDir(), 'export')
    mkdirSync(folder)
    writeFileSync(join(folder, 'runs.csv'), 'Date,Duration (min)\n2026-03-03,45\n')
    symlinkSync(join(outside, 'secret.csv'), join(folder, 'escape.csv'))
    symlinkSync(backend.databaseFile, join(folder, 'data.csv'))
    const scan = await call(backend, 'import.scan', { grants: [grant(backend, folder)] })
    expect(scan.files.map((f) => f.name)).toEqual(['runs.csv'])
    expect(scan.ignored.map((f) => [f.name, f.reason])).toEqual([
      ['data.csv', 'It leads outside the folder you chose (a link), so Backstride does not open it.'],
      ['escape.csv', 'It leads outside the folder you chose (a link), so Backstride does not open it.'],
    ])
    // The file the scan granted is readable by its own grant.
    const columns = await call(backend, 'import.columns', { grant: scan.files[0]?.grant ?? '' })
    expect(columns.header).toEqual(['Date', 'Duration (min)'])
  })

  it('a file grant is not a folder grant, and a grant is the same id for the same real file', async () => {
    const file = join(outside, 'secret.csv')
    const id = grant(backend, file)
    expect(grant(backend, join(outside, '.', 'secret.csv'))).toBe(id)
    expect(await backend.dispatch('export.csv', { folder: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'folder', message: 'Choose a folder, not a file.' },
    })
  })

  it('lists backups with grants of their own, the app’s own folder', async () => {
    await call(backend, 'backups.create', {})
    const [listed] = (await call(backend, 'backups.list', {})).backups
    expect(listed?.grant).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const restored = await call(backend, 'backups.restore', { grant: listed?.grant ?? '' })
    expect(restored.counts.athletes).toBe(1)
  })
})
