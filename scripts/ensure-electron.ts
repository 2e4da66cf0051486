// Runs before `npm start` and `npm run dev`. Electron 45 installs without its binary and fetches it the
// first time its package resolves the executable (node_modules/electron/index.js); electron-vite reads
// path.txt directly and stops with "Electron uninstall" instead. So this step resolves Electron through
// its own package once, which downloads the binary with Electron's own downloader (@electron/get, which
// honours ELECTRON_MIRROR, electron_config_cache and ELECTRON_GET_USE_PROXY with HTTPS_PROXY); an
// executable named in ELECTRON_EXEC_PATH (which electron-vite starts instead) counts as installed.
// Otherwise it ends with one sentence that says what is missing and what to do.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface ElectronPackage {
  /** node_modules/electron */
  dir: string
  version: string
}

export interface DownloadOutcome {
  ok: boolean
  /** what the downloader printed (kept for the reason, never shown as a stack trace) */
  output: string
}

export interface EnsureOptions {
  pkg: ElectronPackage
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  /** Resolves Electron through its package, which downloads the binary when it is missing. */
  download: (pkg: ElectronPackage) => DownloadOutcome
  say: (line: string) => void
  /** the failure sentence (stderr in the real run) */
  fail: (line: string) => void
}

/** The executable path.txt points at, when both exist. */
export function installedBinary(pkg: ElectronPackage, env: NodeJS.ProcessEnv = {}): string | undefined {
  const pathFile = join(pkg.dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = join(env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg.dir, 'dist'), relative)
  return existsSync(binary) ? binary : undefined
}

/** Where @electron/get keeps downloaded zips: electron_config_cache, or the platform's cache folder. */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (env.electron_config_cache) return env.electron_config_cache
  const home = homedir()
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron')
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'electron', 'Cache')
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'electron')
}

function source(env: NodeJS.ProcessEnv): string {
  const mirror = env.ELECTRON_MIRROR ?? env.npm_config_electron_mirror
  const proxy = env.ELECTRON_GET_USE_PROXY
    ? ` through the proxy in ${env.HTTPS_PROXY ? 'HTTPS_PROXY' : 'the environment'}`
    : ''
  return `${mirror ?? 'GitHub'}${proxy}`
}

/** The downloader's own words for the failure ("fetch failed", "getaddrinfo ENOTFOUND github.com"). */
export function failureReason(output: string): string {
  const lines = output.split('\n').map((line) => line.trim())
  const error = lines.find((line) => /^\w*Error: /.test(line) && !line.includes('Electron failed to install'))
  const reason = error?.replace(/^\w*Error: /, '').replace(/\.$/, '')
  return reason || 'the download did not finish'
}

/** The one sentence a coach sees when the binary cannot be fetched. */
export function offlineSentence(pkg: ElectronPackage, reason: string): string {
  return (
    `Backstride cannot start because Electron ${pkg.version} is not installed and could not be downloaded (${reason}): ` +
    `connect to the internet and run the command again, set ELECTRON_MIRROR to a mirror you can reach ` +
    `(behind a proxy: HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1), or set ELECTRON_EXEC_PATH to an Electron ${pkg.version} ` +
    `executable copied from another machine (see "Installing Electron" in the README).`
  )
}

/** 0 when the binary is there (or now downloaded), 1 with the one sentence otherwise. */
export function ensureElectron(options: EnsureOptions): number {
  const { pkg, env, say } = options
  // electron-vite starts ELECTRON_EXEC_PATH when it is set, without reading path.txt.
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH)) return 0
  if (installedBinary(pkg, env)) return 0
  const cache = cacheFolder(env, options.platform)
  say(
    `Electron ${pkg.version} is not installed yet: fetching it once from ${source(env)} ` +
      `(a downloaded copy in ${cache} is used when it is there)…`,
  )
  const outcome = options.download(pkg)
  const binary = outcome.ok ? installedBinary(pkg, env) : undefined
  if (binary) {
    say(`Electron ${pkg.version} is ready: ${binary}`)
    return 0
  }
  options.fail(offlineSentence(pkg, failureReason(outcome.output)))
  return 1
}

/** The real download: a child Node that requires the electron package, its output captured. */
export function resolveThroughPackage(pkg: ElectronPackage): DownloadOutcome {
  const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(join(pkg.dir, 'index.js'))})`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}\n${result.error?.message ?? ''}` }
}

export function electronPackage(from: string = import.meta.url): ElectronPackage {
  const manifest = createRequire(from).resolve('electron/package.json')
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }
  return { dir: dirname(manifest), version }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = ensureElectron({
    pkg: electronPackage(),
    env: process.env,
    platform: process.platform,
    download: resolveThroughPackage,
    say: (line) => console.log(line),
    fail: (line) => console.error(line),
  })
}
