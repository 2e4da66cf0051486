// The built renderer served on loopback, Debian's Chromium, and a real back end in a fresh data folder:
// what the benchmark and screenshot scripts drive. Run `npm run build:probe` first: the chart bench and the
// screenshots read the charts through the chart probe (src/dev/chartProbe.ts), which the product build
// leaves out.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { preview } from 'vite'
import type { Backend } from '../electron/main/backend'
import { startBackendInProcess, type InProcessBackend } from '../electron/main/worker/in-process'

export interface RendererSession {
  /** the back end itself, for seeding */
  backend: Backend
  /** what the page is bound to: the app's protocol, in this thread */
  connection: InProcessBackend
  browser: Browser
  dataDir: string
  /** e.g. http://127.0.0.1:4319/ */
  baseUrl: string
  close(): Promise<void>
}

/** Throws unless out/renderer was built with the chart probe. */
export function assertProbeBuild(dir = resolve('out/renderer/assets')): void {
  const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'))
  if (!scripts.some((name) => readFileSync(join(dir, name), 'utf8').includes('__backstrideCharts')))
    throw new Error(`${dir} holds a product build without the chart probe: run \`npm run build:probe\` first.`)
}

export async function openRendererSession(port: number, prefix: string): Promise<RendererSession> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix))
  const connection = await startBackendInProcess({
    dataDir,
    migrationsDir: resolve('electron/main/db/migrations'),
    shell: false,
  })
  const backend = connection.backend
  const server = await preview({
    configFile: false,
    root: resolve('out/renderer'),
    build: { outDir: resolve('out/renderer') },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'error',
  })
  const browser = await chromium.launch({
    executablePath: process.env.BACKSTRIDE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  })
  return {
    backend,
    connection,
    browser,
    dataDir,
    baseUrl: `http://127.0.0.1:${String(port)}/`,
    close: async () => {
      await browser.close()
      server.httpServer.close()
      await connection.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
