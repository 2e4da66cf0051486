// Every test gets its own data folder and a real back end (real SQLite file, real dispatcher), started by
// the same entry the app's worker runs (serveBackend) and reached through the same message protocol. The
// page gets `window.api` built by the same function the preload uses, bound to that connection, and
// `window.events`, which hears what the back end pushes: the real renderer talks to the real services, with
// only the Electron shell played (its dialogs by DialogQueue, its print window by PrintWindow). `backend`
// is the back end itself, for seeding and checking.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Backend } from '../electron/main/backend'
import type { Dialogs, ShellPort } from '../electron/main/services/transfer/host'
import { startBackendInProcess, type InProcessBackend } from '../electron/main/worker/in-process'
import { bindBackend } from './bridge'
import { PrintWindow } from './printWindow'

export const migrationsDir = resolve('electron/main/db/migrations')

/**
 * The native file dialog as the e2e harness plays it: a test says what the coach picks next, and the back
 * end grants it exactly as it grants a real dialog's answer (no switch turns the grant check off).
 */
export class DialogQueue implements Dialogs {
  private readonly answers: string[][] = []

  next(paths: string[]): void {
    this.answers.push(paths)
  }

  choose(): Promise<string[]> {
    return Promise.resolve(this.answers.shift() ?? [])
  }
}

/** A ShellPort with the file dialogs and the print window; the back end is told to ask it for nothing else. */
function browserShell(dialogs: Dialogs, printer: PrintWindow): ShellPort {
  const desktopOnly = () => {
    throw new Error('The e2e harness cannot quit or restart the app.')
  }
  return { dialogs, printToPdf: printer.savePdf, quit: desktopOnly, openAnotherFolder: desktopOnly }
}

interface Fixtures {
  connection: InProcessBackend
  dialogs: DialogQueue
  printer: PrintWindow
  backend: Backend
  /** Fills the data folder before the back end opens it (a damaged file, backups); none by default. (An
   *  object, because Playwright takes a bare function as a fixture of its own.) */
  prepareData: { run: (dataDir: string) => Promise<void> } | null
}

export const test = base.extend<Fixtures>({
  prepareData: [null, { option: true }],
  dialogs: async ({}, use) => {
    await use(new DialogQueue())
  },
  printer: async ({ context }, use) => {
    await use(new PrintWindow(context))
  },
  connection: async ({ prepareData, dialogs, printer }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-'))
    await prepareData?.run(dataDir)
    // The dialogs and the print window are offered; quitting and restarting are the desktop app's alone.
    const connection = await startBackendInProcess(
      { dataDir, migrationsDir, shell: 'dialogs-and-print' },
      browserShell(dialogs, printer),
    )
    printer.attach(connection)
    await use(connection)
    await connection.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
  backend: async ({ connection }, use) => {
    await use(connection.backend)
  },
  page: async ({ page, connection, printer }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await bindBackend(page, connection)
    await use(page)
    expect([...errors, ...printer.errors], 'the page logged no errors').toEqual([])
  },
})

export { expect }
