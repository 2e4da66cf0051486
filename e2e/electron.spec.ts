// The real Electron app, wherever the Electron binary is installed. On machines without it (such as
// the CI machines of this project, which cannot download it) the suite is skipped with the reason.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

function electronBinary(): string | undefined {
  const pathFile = resolve('node_modules/electron/path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

const binary = electronBinary()
const reason =
  'the Electron binary is not installed (node_modules/electron/dist is missing), so the real app cannot start'
if (!binary) console.log(`Skipping the Electron app suite: ${reason}.`)

test.describe('the Electron app', () => {
  test.skip(!binary, reason)

  test('opens a safe window on the welcome screen with the data folder the coach chose', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-electron-'))
    const app = await electron.launch({
      executablePath: binary,
      args: [resolve('out/main/index.js')],
      env: { ...process.env, BACKSTRIDE_DATA_DIR: dataDir },
    })
    try {
      const window = await app.firstWindow()
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
      expect(existsSync(join(dataDir, 'backstride.db'))).toBe(true)
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
