// The back end in its own thread, as the app runs it: a real worker_threads Worker on the worker entry,
// a real database, the protocol in between. The shell's side (dialogs, print window) is a stand-in here,
// because the Electron shell cannot run on this machine.
import { writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PdfResult, PrintProgress } from '#shared/programs'
import type { ServerEvent } from '#shared/serverEvents'
import { DATABASE_FILE } from '../backend'
import { openDatabase } from '../db/connection'
import { DatabaseInUseError } from '../db/errors'
import { AppError } from '../services/errors'
import type { PdfJob } from '../services/programs/printPort'
import type { ShellPort } from '../services/transfer/host'
import { cleanup, migrationsDir, repoRoot, tempDir } from '../../../test/support'
import { startBackendWorker, type BackendConnection } from './client'
import { startBackendInProcess } from './in-process'

const ENTRY = pathToFileURL(join(repoRoot, 'electron/main/worker/entry.ts'))
const open: BackendConnection[] = []

async function worker(dataDir = tempDir(), shell: ShellPort | null = null): Promise<BackendConnection> {
  const connection = await startBackendWorker(ENTRY, { dataDir, migrationsDir, shell: shell !== null }, shell, {
    execArgv: ['--import', 'tsx'],
  })
  open.push(connection)
  return connection
}

afterEach(async () => {
  for (const connection of open.splice(0)) await connection.close()
  cleanup()
})

const MONDAY = '2026-03-02'

/** A stand-in for main's side of the shell; quitting and "open another folder" are not used here. */
const shellWith = (parts: Pick<ShellPort, 'dialogs' | 'printToPdf'>): ShellPort => ({
  ...parts,
  quit: () => undefined,
  openAnotherFolder: () => Promise.resolve(false),
})

/** An athlete with one program, through the calls the renderer makes. */
async function withProgram(backend: BackendConnection): Promise<number> {
  const athlete = await backend.call('athletes.create', { name: 'Mara K.' })
  if (!athlete.ok) throw new Error(athlete.error.message)
  const athleteId = (athlete.value as { id: number }).id
  const program = await backend.call('programs.create', { athleteId, templateKey: 'warm-up', startDate: MONDAY })
  if (!program.ok) throw new Error(program.error.message)
  return (program.value as { id: number }).id
}

describe('the back end in a worker thread', () => {
  it('answers the renderer’s calls, and refuses a bad payload on its field', async () => {
    const backend = await worker()
    expect(await backend.call('athletes.create', { name: 'Ines R.', runDaysPerWeek: 4 })).toMatchObject({
      ok: true,
      value: { id: 1, name: 'Ines R.', runDaysPerWeek: 4 },
    })
    expect(await backend.call('athletes.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'name' },
    })
    expect(await backend.call('no.such', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'Unknown request.' },
    })
    const list = await backend.call('athletes.list', { includeArchived: false })
    expect(list.ok && (list.value as { name: string }[]).map((a) => a.name)).toEqual(['Ines R.'])
  })

  it('holds the data folder while it runs and lets go when it closes', async () => {
    const dataDir = tempDir()
    const backend = await worker(dataDir)
    const file = join(dataDir, DATABASE_FILE)
    expect(() => openDatabase(file)).toThrow(DatabaseInUseError)
    await backend.close()
    expect(() => openDatabase(file).close()).not.toThrow()
    expect(await backend.call('athletes.list', { includeArchived: false })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/data service has stopped/) },
    })
  })

  it('does not open on data another process holds, and says why', async () => {
    const dataDir = tempDir()
    const holder = openDatabase(join(dataDir, DATABASE_FILE))
    try {
      await expect(worker(dataDir)).rejects.toThrow(new DatabaseInUseError(join(dataDir, DATABASE_FILE)).message)
    } finally {
      holder.close()
    }
  })

  it('asks the shell in main for a dialog and grants the folder the coach chose', async () => {
    const folder = tempDir()
    const choose = vi.fn((purpose: string) => Promise.resolve(purpose === 'import-folder' ? [folder] : []))
    const shell = shellWith({ dialogs: { choose }, printToPdf: () => Promise.reject(new Error('not used')) })
    const backend = await worker(tempDir(), shell)
    const chosen = await backend.call('files.choose', { purpose: 'import-folder' })
    expect(chosen).toMatchObject({
      ok: true,
      value: { available: true, files: [{ name: basename(folder), kind: 'folder', grant: expect.any(String) }] },
    })
    expect(choose).toHaveBeenCalledWith('import-folder')
  })

  it('saves a PDF through the shell’s print window, pushing its progress to main meanwhile', async () => {
    let release: (result: PdfResult) => void = () => undefined
    const jobs: PdfJob[] = []
    const printToPdf: ShellPort['printToPdf'] = (job, report) => {
      jobs.push(job)
      report({ done: 0, stage: 'preparing' } satisfies Partial<PrintProgress>)
      report({ done: 1, stage: 'writing' })
      return new Promise((resolve) => (release = resolve))
    }
    const backend = await worker(tempDir(), shellWith({ dialogs: { choose: () => Promise.resolve([]) }, printToPdf }))
    const heard: ServerEvent[] = []
    backend.onEvent((event) => heard.push(event))
    const programId = await withProgram(backend)
    const saving = backend.call('print.programPdf', { programId, paper: 'letter' })
    await vi.waitFor(() => expect(heard).toHaveLength(2))
    expect(heard).toEqual([
      { name: 'print.progress', payload: { jobId: 1, running: true, done: 0, total: 1, stage: 'preparing' } },
      { name: 'print.progress', payload: { jobId: 1, running: true, done: 1, total: 1, stage: 'writing' } },
    ])
    expect(await backend.call('print.progress', {})).toEqual({
      ok: true,
      value: { running: true, done: 1, total: 1, stage: 'writing' },
    })
    expect(jobs).toEqual([
      {
        route: `/print/program/${String(programId)}?paper=letter`,
        paper: 'letter',
        suggestedName: 'Mara K. – Pre-run dynamic warm-up.pdf',
        total: 1,
      },
    ])
    release({ saved: true, path: '/home/coach/Mara.pdf', pages: 4 })
    const answer = await saving
    // The last event came before the answer.
    expect(heard.at(-1)).toMatchObject({ name: 'print.progress', payload: { jobId: 1, running: false } })
    expect(answer).toEqual({ ok: true, value: { saved: true, path: '/home/coach/Mara.pdf', pages: 4 } })
    expect(await backend.call('print.progress', {})).toMatchObject({ ok: true, value: { running: false } })
  })

  it('passes the shell’s own refusal to the renderer as it was worded', async () => {
    const printToPdf = () =>
      Promise.reject(
        new AppError('internal', 'Chromium did not finish the PDF within 60 seconds, so no file was written.'),
      )
    const backend = await worker(tempDir(), shellWith({ dialogs: { choose: () => Promise.resolve([]) }, printToPdf }))
    const programId = await withProgram(backend)
    expect(await backend.call('print.programPdf', { programId, paper: 'a4' })).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'Chromium did not finish the PDF within 60 seconds, so no file was written.',
      },
    })
  })

  it('answers main’s internal calls, which the renderer cannot name', async () => {
    const dataDir = tempDir()
    const backend = await worker(dataDir)
    expect(await backend.internal('location')).toEqual({ dataDir, databaseFile: join(dataDir, DATABASE_FILE) })
    expect(await backend.call('location', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('refuses a payload that cannot cross a thread, without a crash', async () => {
    const backend = await worker()
    expect(await backend.call('athletes.create', { name: 'A', notes: () => 'x' })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'This request could not be read.' },
    })
    expect((await backend.call('groups.list', {})).ok).toBe(true)
  })
})

describe('a back end that stops', () => {
  it('answers the call it was working on and every later one with a message, never a hang', async () => {
    // A stand-in worker that opens, then ends its thread on the first call, as a crash would.
    const file = join(tempDir(), 'crashing-worker.mjs')
    writeFileSync(
      file,
      `import { parentPort } from 'node:worker_threads'
parentPort.postMessage({ type: 'ready' })
parentPort.on('message', (m) => { if (m.type === 'call') process.exit(3) })`,
    )
    const backend = await startBackendWorker(file, { dataDir: tempDir(), migrationsDir, shell: false }, null)
    const stopped = {
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(/data service has stopped. Close Backstride and open it again/),
      },
    }
    expect(await backend.call('athletes.list', { includeArchived: false })).toEqual(stopped)
    expect(await backend.call('groups.list', {})).toEqual(stopped)
    await expect(backend.internal('location')).rejects.toThrow(/data service has stopped/)
    await backend.close()
  })
})

describe('the in-process twin', () => {
  it('gives the same answers as the worker for the same calls', async () => {
    const twin = await startBackendInProcess({ dataDir: tempDir(), migrationsDir, shell: false })
    const thread = await worker()
    try {
      const script: [string, unknown][] = [
        ['athletes.create', { name: 'Jon P.', groups: ['Road 10k'] }],
        ['runs.create', { athleteId: 1, date: MONDAY, durationMin: 42, rpe: 5, distanceM: 8000 }],
        ['runs.create', { athleteId: 1, date: MONDAY, durationMin: -1, rpe: 5 }],
        ['pain.report', { athleteId: 1, date: MONDAY, score: 3 }],
        ['print.programPdf', { programId: 99, paper: 'a4' }],
        ['groups.list', {}],
      ]
      for (const [method, payload] of script) {
        const [a, b] = [await twin.call(method, payload), await thread.call(method, payload)]
        expect(stripClock(a), method).toEqual(stripClock(b))
      }
      expect(twin.backend.repos.athletes.list(false).map((a) => a.name)).toEqual(['Jon P.'])
    } finally {
      await twin.close()
    }
  })
})

/** createdAt/updatedAt differ by the second the two calls ran in. */
function stripClock(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, item: unknown) => (/At$/.test(key) ? '(time)' : item))
}
