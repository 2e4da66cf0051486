// Every test gets its own data folder and a real back end (real SQLite file, real dispatcher). The page
// gets `window.api` built by the same function the preload uses, bound to that dispatcher: the real
// renderer talks to the real services, with only the Electron shell left out.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { openBackend, type Backend } from '../electron/main/backend'
import { buildApi, METHOD_NAMES } from '../src/shared/contract'

export const migrationsDir = resolve('electron/main/db/migrations')

interface Fixtures {
  backend: Backend
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring
  backend: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-'))
    const backend = await openBackend({ dataDir, migrationsDir })
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
    await page.exposeFunction('__backstrideCall', (method: string, payload: unknown) =>
      backend.dispatch(method, payload),
    )
    await page.addInitScript(
      `window.api = (${buildApi.toString()})(${JSON.stringify(METHOD_NAMES)}, (m, p) => window.__backstrideCall(m, p));`,
    )
    await use(page)
    expect(errors, 'the page logged no errors').toEqual([])
  },
})

export { expect }

export async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`/${hash}`)
}
