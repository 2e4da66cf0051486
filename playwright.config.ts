import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Playwright's own browser download cannot run on these machines; Debian's Chromium is used instead.
const chromium = process.env.BACKSTRIDE_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
// BACKSTRIDE_E2E_PORT lets several checkouts run the suite side by side.
const PORT = Number(process.env.BACKSTRIDE_E2E_PORT ?? 4317)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${String(PORT)}/`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'renderer', testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  // The built renderer, served as Electron would load it. Built here, in the probe mode the specs read the
  // charts through (src/dev/chartProbe.ts), so a product build left in out/ cannot be what is tested.
  webServer: {
    command: `npm run build:probe && npx vite preview --outDir out/renderer --port ${String(PORT)} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${String(PORT)}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
