// Gives a Chromium page the same `window.api` and `window.events` the preload gives the Electron window,
// bound to a real back end through the same protocol main uses with the back end's worker (its in-process
// twin, see electron/main/worker/in-process.ts). Used by the e2e fixtures and by scripts that drive the
// real renderer.
import type { Page } from '@playwright/test'
import type { BackendConnection } from '../electron/main/worker/client'
import { buildApi, METHOD_NAMES } from '#shared/contract'
import type { ServerEvent } from '#shared/serverEvents'

/**
 * The page's side of window.events: the listeners the renderer adds, and `__backstrideEvent`, through which
 * the harness delivers each event the back end pushes, as main's webContents.send does in the app.
 */
const EVENTS = `(() => {
  const listeners = new Set()
  window.__backstrideEvent = (event) => { for (const listener of [...listeners]) listener(event) }
  window.events = { onEvent(listener) { listeners.add(listener); return () => { listeners.delete(listener) } } }
})();`

export async function bindBackend(page: Page, connection: Pick<BackendConnection, 'call' | 'onEvent'>): Promise<void> {
  await page.exposeFunction('__backstrideCall', (method: string, payload: unknown) => connection.call(method, payload))
  await page.addInitScript(
    `window.api = (${buildApi.toString()})(${JSON.stringify(METHOD_NAMES)}, (m, p) => window.__backstrideCall(m, p));` +
      EVENTS,
  )
  // Delivered one by one in the order the back end sent them (one evaluate after another on one
  // connection). An event that meets a page between two documents is lost, as in the app; the renderer's
  // final status call covers it.
  const stop = connection.onEvent((event: ServerEvent) => {
    page
      .evaluate((e) => (globalThis as { __backstrideEvent?: (e: unknown) => void }).__backstrideEvent?.(e), event)
      .catch(() => undefined)
  })
  page.once('close', stop)
}
