// Gives a Chromium page the same `window.api` the preload gives the Electron window, bound to a real back
// end through the same protocol main uses with the back end's worker (its in-process twin, see
// electron/main/worker/in-process.ts). Used by the e2e fixtures and by scripts that drive the real renderer.
import type { Page } from '@playwright/test'
import type { BackendConnection } from '../electron/main/worker/client'
import { buildApi, METHOD_NAMES } from '#shared/contract'

export async function bindBackend(page: Page, connection: Pick<BackendConnection, 'call'>): Promise<void> {
  await page.exposeFunction('__backstrideCall', (method: string, payload: unknown) => connection.call(method, payload))
  await page.addInitScript(
    `window.api = (${buildApi.toString()})(${JSON.stringify(METHOD_NAMES)}, (m, p) => window.__backstrideCall(m, p));`,
  )
}
