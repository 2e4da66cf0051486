// Every test gets its own data folder and a real back end (real SQLite file, real dispatcher), started by
// the same entry the app's worker runs (serveBackend) and reached through the same message protocol. The
// page gets `window.api` built by the same function the preload uses, bound to that connection: the real
// renderer talks to the real services, with only the Electron shell left out. `backend` is the back end
// itself, for seeding and checking.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type BrowserContext } from '@playwright/test'
import type { Backend } from '../electron/main/backend'
import type { PdfJob, PrintAdapter } from '../electron/main/services/programs/printPort'
import type { Dialogs, ShellPort } from '../electron/main/services/transfer/host'
import { startBackendInProcess, type InProcessBackend } from '../electron/main/worker/in-process'
import { bindBackend } from './bridge'
import { pdfInfo } from './pdf'

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

/**
 * The shell's hidden print window (electron/main/print.ts), played by a second page of the test's own
 * browser: the file comes from the save dialog (the DialogQueue), the page loads the print route with the
 * same back end, and once it says it is laid out (data-print-ready) Chromium prints it to that file.
 */
export class PrintWindow {
  context: BrowserContext | null = null
  connection: InProcessBackend | null = null
  /** what the printed page logged as errors; the page fixture checks it is empty */
  readonly errors: string[] = []

  constructor(private readonly dialogs: DialogQueue) {}

  readonly savePdf: PrintAdapter['savePdf'] = async (job: PdfJob, report) => {
    const [path] = await this.dialogs.choose()
    if (!path) return { saved: false, path: null, pages: null }
    if (!this.context || !this.connection) throw new Error('The print window has no browser yet.')
    const page = await this.context.newPage()
    page.on('console', (message) => message.type() === 'error' && this.errors.push(message.text()))
    page.on('pageerror', (error) => this.errors.push(error.message))
    try {
      await bindBackend(page, this.connection)
      await page.goto(`/#${job.route}`)
      await page.locator('html[data-print-ready="true"], html[data-print-error]').waitFor({ state: 'attached' })
      const failed = await page.locator('html').getAttribute('data-print-error')
      if (failed) throw new Error(`The sheet could not be prepared: ${failed}`)
      report({ done: job.total, stage: 'writing' })
      await page.pdf({
        path,
        format: job.paper === 'letter' ? 'Letter' : 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: 0, bottom: 0, left: 0, right: 0 },
      })
      return { saved: true, path, pages: pdfInfo(path).pages }
    } finally {
      await page.close()
    }
  }
}

/** A ShellPort that answers the file dialogs (and the print window, when given); nothing else. */
function harnessShell(dialogs: Dialogs, print: PrintWindow | null): ShellPort {
  const desktopOnly = () => {
    throw new Error('The e2e harness has no desktop shell.')
  }
  return { dialogs, printToPdf: print ? print.savePdf : desktopOnly, quit: desktopOnly, openAnotherFolder: desktopOnly }
}

interface Fixtures {
  connection: InProcessBackend
  dialogs: DialogQueue
  backend: Backend
  /** Fills the data folder before the back end opens it (a damaged file, backups); none by default. (An
   *  object, because Playwright takes a bare function as a fixture of its own.) */
  prepareData: { run: (dataDir: string) => Promise<void> } | null
  /** Offer the back end the print window (PrintWindow), for specs that save a PDF; off by default. */
  printWindow: boolean
  print: PrintWindow | null
}

export const test = base.extend<Fixtures>({
  prepareData: [null, { option: true }],
  printWindow: [false, { option: true }],
  dialogs: async ({}, use) => {
    await use(new DialogQueue())
  },
  print: async ({ printWindow, dialogs, context }, use) => {
    const print = printWindow ? new PrintWindow(dialogs) : null
    if (print) print.context = context
    await use(print)
    expect(print?.errors ?? [], 'the printed page logged no errors').toEqual([])
  },
  connection: async ({ prepareData, dialogs, print }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-'))
    await prepareData?.run(dataDir)
    // Only the dialogs (and, where a spec asks, the print window) are offered; the rest of the shell is
    // the desktop app's alone.
    const connection = await startBackendInProcess(
      { dataDir, migrationsDir, shell: print ? 'print' : 'dialogs' },
      harnessShell(dialogs, print),
    )
    if (print) print.connection = connection
    await use(connection)
    await connection.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
  backend: async ({ connection }, use) => {
    await use(connection.backend)
  },
  page: async ({ page, connection }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await bindBackend(page, connection)
    await use(page)
    expect(errors, 'the page logged no errors').toEqual([])
  },
})

export { expect }
