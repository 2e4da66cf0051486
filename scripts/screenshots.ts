// npm run screenshots: the README's pictures, taken from the real renderer over a real back end with the
// demo club, in Debian's Chromium. Run `npm run build` first.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { openBackend } from '../electron/main/backend'
import { bindBackend } from '../e2e/bridge'

const PORT = 4319
const dataDir = mkdtempSync(join(tmpdir(), 'backstride-shots-'))
const backend = await openBackend({ dataDir, migrationsDir: resolve('electron/main/db/migrations') })
const server = await preview({
  configFile: false,
  root: resolve('out/renderer'),
  build: { outDir: resolve('out/renderer') },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  logLevel: 'error',
})
const browser = await chromium.launch({
  executablePath: process.env.BACKSTRIDE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  mkdirSync('docs', { recursive: true })
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
  await bindBackend(page, backend)
  await page.goto(`http://127.0.0.1:${String(PORT)}/#/`)
  await page.getByRole('button', { name: 'Open the demo club' }).click()
  await page.getByTestId('roster-table').locator('tbody tr').nth(11).waitFor()
  await page.getByRole('button', { name: 'Dismiss notification' }).click()
  await page.screenshot({ path: 'docs/screenshot-roster.png' })
  const flagged = backend.db
    .prepare<[], { athlete_id: number }>(
      'SELECT p.athlete_id FROM pain_red_flags f JOIN pain_reports p ON p.id = f.pain_report_id',
    )
    .get()
  await page.goto(`http://127.0.0.1:${String(PORT)}/#/athletes/${String(flagged?.athlete_id ?? 1)}`)
  await page.getByTestId('runs-table').waitFor()
  await page.screenshot({ path: 'docs/screenshot-athlete.png' })
  console.log('wrote docs/screenshot-roster.png and docs/screenshot-athlete.png')
} finally {
  await browser.close()
  server.httpServer.close()
  backend.close()
  rmSync(dataDir, { recursive: true, force: true })
}
