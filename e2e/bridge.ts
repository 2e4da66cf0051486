// Gives a Chromium page the same `window.api` the preload gives the Electron window, bound to a real back
// end in this Node process. Used by the e2e fixtures and by scripts that drive the real renderer.
import type { Page } from '@playwright/test'
import type { Backend } from '../electron/main/backend'
import { buildApi, METHOD_NAMES } from '#shared/contract'

export async function bindBackend(page: Page, backend: Backend): Promise<void> {
  await page.exposeFunction('__backstrideCall', (method: string, payload: unknown) => backend.dispatch(method, payload))
  await page.addInitScript(
    `window.api = (${buildApi.toString()})(${JSON.stringify(METHOD_NAMES)}, (m, p) => window.__backstrideCall(m, p));`,
  )
}
