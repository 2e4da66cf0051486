// Every test gets its own data folder and a real back end (real SQLite file, real dispatcher), started by
// the same entry the app's worker runs (serveBackend) and reached through the same message protocol. The
// page gets `window.api` built by the same function the preload uses, bound to that connection: the real
// renderer talks to the real services, with only the Electron shell left out. `backend` is the back end
// itself, for seeding and checking.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect } from '@playwright/test'
import type { Backend } from '../electron/main/backend'
import { startBackendInProcess, type InProcessBackend } from '../electron/main/worker/in-process'
import { bindBackend } from './bridge'

export const migrationsDir = resolve('electron/main/db/migrations')

interface Fixtures {
  connection: InProcessBackend
  backend: Backend
}

export const test = base.extend<Fixtures>({
  connection: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-'))
    const connection = await startBackendInProcess({ dataDir, migrationsDir, shell: false })
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
