// The step before `npm start`: the binary is fetched through Electron's own package only when it is
// missing, and a failed fetch ends in one sentence that tells the coach what to do.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cacheFolder, ensureElectron, failureReason, type ElectronPackage } from './ensure-electron'

let pkg: ElectronPackage

/** What a successful download leaves behind: the executable and path.txt pointing at it. */
function install(): void {
  mkdirSync(join(pkg.dir, 'dist'), { recursive: true })
  writeFileSync(join(pkg.dir, 'dist', 'electron'), '')
  writeFileSync(join(pkg.dir, 'path.txt'), 'electron')
}

/** What the real downloader printed here, offline (node_modules/electron/index.js → install.js). */
const OFFLINE_OUTPUT = `Downloading Electron binary...
TypeError: fetch failed
/app/node_modules/electron/index.js:43
      throw new Error(
      ^

Error: Electron failed to install correctly. Please delete \`node_modules/electron\` and run "npx install-electron --no" manually.
    at getElectronPath (/app/node_modules/electron/index.js:43:13)
    at Object.<anonymous> (/app/node_modules/electron/index.js:52:18)`

function run(download: (p: ElectronPackage) => { ok: boolean; output: string }, env: NodeJS.ProcessEnv = {}) {
  const said: string[] = []
  const failed: string[] = []
  const spy = vi.fn(download)
  const code = ensureElectron({
    pkg,
    env: { electron_config_cache: '/caches/electron', ...env },
    platform: 'linux',
    download: spy,
    say: (line) => said.push(line),
    fail: (line) => failed.push(line),
  })
  return { code, said, failed, download: spy }
}

beforeEach(() => {
  pkg = { dir: mkdtempSync(join(tmpdir(), 'backstride-electron-pkg-')), version: '45.4.1' }
})
afterEach(() => {
  rmSync(pkg.dir, { recursive: true, force: true })
})

describe('ensureElectron', () => {
  it('downloads through the package when path.txt is missing, says so, and then says where Electron is', () => {
    const result = run(() => {
      install()
      return { ok: true, output: 'Downloading Electron binary...' }
    })
    expect(result.download).toHaveBeenCalledTimes(1)
    expect(result.download).toHaveBeenCalledWith(pkg)
    expect(result.code).toBe(0)
    expect(result.said).toEqual([
      'Electron 45.4.1 is not installed yet: fetching it once from GitHub (a downloaded copy in /caches/electron is used when it is there)…',
      `Electron 45.4.1 is ready: ${join(pkg.dir, 'dist', 'electron')}`,
    ])
    expect(result.failed).toEqual([])
  })

  it('names the mirror and the proxy the downloader will use', () => {
    const result = run(
      () => {
        install()
        return { ok: true, output: '' }
      },
      {
        ELECTRON_MIRROR: 'https://mirror.example/electron/',
        ELECTRON_GET_USE_PROXY: '1',
        HTTPS_PROXY: 'http://proxy:3128',
      },
    )
    expect(result.said[0]).toContain('from https://mirror.example/electron/ through the proxy in HTTPS_PROXY')
  })

  it('does nothing and says nothing when the binary is already there (every later start)', () => {
    install()
    const result = run(() => ({ ok: true, output: '' }))
    expect(result.download).not.toHaveBeenCalled()
    expect(result.code).toBe(0)
    expect(result.said).toEqual([])
  })

  it('accepts an executable named in ELECTRON_EXEC_PATH, which electron-vite starts instead', () => {
    install()
    const binary = join(pkg.dir, 'dist', 'electron')
    rmSync(join(pkg.dir, 'path.txt'))
    const result = run(() => ({ ok: false, output: OFFLINE_OUTPUT }), { ELECTRON_EXEC_PATH: binary })
    expect(result.download).not.toHaveBeenCalled()
    expect(result.code).toBe(0)
  })

  it('downloads again when path.txt points at an executable that is gone', () => {
    install()
    rmSync(join(pkg.dir, 'dist'), { recursive: true })
    const result = run(() => ({ ok: false, output: OFFLINE_OUTPUT }))
    expect(result.download).toHaveBeenCalledTimes(1)
    expect(result.code).toBe(1)
  })

  it('ends a failed download with one sentence: what is missing and what to do, no stack trace', () => {
    const result = run(() => ({ ok: false, output: OFFLINE_OUTPUT }))
    expect(result.code).toBe(1)
    expect(result.failed).toEqual([
      'Backstride cannot start because Electron 45.4.1 is not installed and could not be downloaded (fetch failed): ' +
        'connect to the internet and run the command again, set ELECTRON_MIRROR to a mirror you can reach ' +
        '(behind a proxy: HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1), or set ELECTRON_EXEC_PATH to an Electron 45.4.1 ' +
        'executable copied from another machine (see "Installing Electron" in the README).',
    ])
    expect(result.failed.join('\n')).not.toMatch(/\n|at getElectronPath/)
  })

  it('fails the same way when the downloader claims success but left no executable', () => {
    const result = run(() => ({ ok: true, output: '' }))
    expect(result.code).toBe(1)
    expect(result.failed[0]).toContain('could not be downloaded (the download did not finish)')
  })
})

describe('the downloader words and the cache folder', () => {
  it('takes the first error line that is not the package’s generic advice', () => {
    expect(failureReason(OFFLINE_OUTPUT)).toBe('fetch failed')
    expect(failureReason('RequestError: getaddrinfo ENOTFOUND github.com\n    at x')).toBe(
      'getaddrinfo ENOTFOUND github.com',
    )
    expect(failureReason('')).toBe('the download did not finish')
  })

  it('is electron_config_cache when set, else the platform’s cache folder', () => {
    expect(cacheFolder({ electron_config_cache: '/c' }, 'linux')).toBe('/c')
    expect(cacheFolder({ XDG_CACHE_HOME: '/x' }, 'linux')).toBe(join('/x', 'electron'))
    expect(cacheFolder({ LOCALAPPDATA: 'C:\\L' }, 'win32')).toBe(join('C:\\L', 'electron', 'Cache'))
    expect(cacheFolder({}, 'darwin')).toMatch(/Library[/\\]Caches[/\\]electron$/)
  })
})
