// The real desktop app, wherever an Electron binary is installed (`npm start` fetches it; see
// scripts/ensure-electron.ts): the built main process, its back-end worker thread, the sandboxed window,
// the demo club, and one program saved as PDF through the hidden print window and Chromium's printToPDF,
// checked with poppler. Where no binary exists (the build machine of this project, which cannot download
// it) the suite is skipped and says why.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { RosterPage } from './pages/roster'
import { inkOnPage, pdfInfo, pdfText } from './pdf'

function electronBinary(): string | undefined {
  if (process.env.ELECTRON_EXEC_PATH && existsSync(process.env.ELECTRON_EXEC_PATH))
    return process.env.ELECTRON_EXEC_PATH
  const pathFile = resolve('node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()
const reason =
  'the Electron binary is not installed (node_modules/electron/path.txt or the executable it names is missing, ' +
  'and ELECTRON_EXEC_PATH is not set), so the real app cannot start; `npm start` downloads it where there is internet'
if (!binary) console.log(`Skipping the Electron app suite: ${reason}.`)

interface Launched {
  app: ElectronApplication
  window: Page
  dataDir: string
  errors: string[]
}

async function launch(): Promise<Launched> {
  const dataDir = mkdtempSync(join(tmpdir(), 'backstride-electron-'))
  const app = await electron.launch({
    executablePath: binary,
    args: [resolve('out/main/index.js')],
    env: { ...process.env, BACKSTRIDE_DATA_DIR: dataDir },
  })
  const window = await app.firstWindow()
  const errors: string[] = []
  window.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  window.on('pageerror', (error) => errors.push(error.message))
  return { app, window, dataDir, errors }
}

async function close({ app, dataDir, errors }: Launched): Promise<void> {
  await app.close()
  rmSync(dataDir, { recursive: true, force: true })
  expect(errors, 'the window logged no errors').toEqual([])
}

test.describe('the Electron app', () => {
  test.skip(!binary, reason)

  test('opens a safe window on the welcome screen, with the data in the folder the coach chose', async () => {
    const launched = await launch()
    const { window, dataDir } = launched
    try {
      await expect(window).toHaveTitle('Backstride')
      await expect(window.getByTestId('welcome')).toBeVisible()
      // Node stays out of the page: no require, no process; only the contract's api object.
      const exposed = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        domains: Object.keys((globalThis as unknown as { api: object }).api).sort(),
      }))
      expect(exposed.require).toBe('undefined')
      expect(exposed.process).toBe('undefined')
      expect(exposed.domains).toContain('athletes')
      // The back end (in its worker thread) opened the database there.
      expect(existsSync(join(dataDir, 'backstride.db'))).toBe(true)
    } finally {
      await close(launched)
    }
  })

  test('opens the demo club and saves a runner’s program as a PDF through the print window', async () => {
    const launched = await launch()
    const { app, window, dataDir } = launched
    const pdf = join(dataDir, 'program.pdf')
    try {
      // The save dialog is the one part a test cannot click: it answers with a path in the temp folder.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path })
      }, pdf)
      const roster = new RosterPage(window)
      await window.getByRole('button', { name: 'Open the demo club' }).click()
      await expect(roster.table.locator('tbody tr')).toHaveCount(12)
      const name = (await roster.names())[0] ?? ''
      await roster.table.getByRole('link', { name, exact: true }).click()

      await window.getByTestId('programs-section').getByRole('button', { name: 'Propose a program' }).click()
      await window.getByRole('button', { name: 'Save program' }).first().click()
      await expect(window.getByTestId('toast').filter({ hasText: 'Program saved' })).toBeVisible()
      await window.getByRole('link', { name: 'Print view' }).click()
      await expect(window.locator('html[data-print-ready="true"]')).toBeAttached()
      await window.getByRole('button', { name: 'Save as PDF' }).click()
      await expect(window.getByTestId('toast').filter({ hasText: `PDF saved: ${pdf}` })).toBeVisible({
        timeout: 60_000,
      })

      const info = pdfInfo(pdf)
      expect(info.pages).toBeGreaterThan(1)
      // A4, the default paper: 595 × 842 points.
      expect(info.width).toBeCloseTo(595.3, 0)
      expect(info.height).toBeCloseTo(841.9, 0)
      expect(pdfText(pdf)).toContain(name)
      expect(pdfText(pdf, 1)).toContain('Page 1 of')
      expect(inkOnPage(pdf, 1)).toBeGreaterThan(0.01)
    } finally {
      await close(launched)
    }
  })
})
