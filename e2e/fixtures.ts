// Every test gets its own data folder and a real back end (real SQLite file, real dispatcher). The page
// gets `window.api` built by the same function the preload uses, bound to that dispatcher: the real
// renderer talks to the real services, with only the Electron shell left out.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { openBackend, type Backend } from '../electron/main/backend'
import type { Dialogs } from '../electron/main/services/transfer/host'
import { bindBackend } from './bridge'

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

interface Fixtures {
  dialogs: DialogQueue
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
  backend: async ({ prepareData, dialogs }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-'))
    await prepareData?.run(dataDir)
    const backend = await openBackend({ dataDir, migrationsDir, dialogs })
    await use(backend)
    backend.close()
    rmSync(dataDir, { recursive: true, force: true })
  },
  page: async ({ page, backend }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await bindBackend(page, backend)
    await use(page)
    expect(errors, 'the page logged no errors').toEqual([])
  },
})

export { expect }
