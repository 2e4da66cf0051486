// SIGKILL in the middle of a restore: a child process restores a backup of one club over another club's
// data and is killed at a random moment. The app must then start on that folder as usual (no recovery
// screen, no leftover temp file) with exactly the old data or exactly the new, never a mix or nothing.
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openBackend } from '../../electron/main/backend'
import { contentDigest } from '../../electron/main/db/content'
import { createRng } from '../../electron/main/services/seed/random'

const CHILD = fileURLToPath(new URL('./restore-child', import.meta.url))
const MIGRATIONS = fileURLToPath(new URL('../../electron/main/db/migrations', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface RestoreKillReport {
  kills: number
  leftOld: number
  leftNew: number
  finishedFirst: number
}

interface Run {
  restoring: boolean
  restored: boolean
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
  ms: number
}

function restoreInChild(dataDir: string, file: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, file], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const run: Run = { restoring: false, restored: false, signal: null, code: null, stderr: '', ms: 0 }
    let started = 0
    let out = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      if (!run.restoring && out.includes('RESTORING\n')) {
        run.restoring = true
        started = performance.now()
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
      if (out.includes('RESTORED\n')) run.restored = true
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      Object.assign(run, { code, signal, ms: started ? performance.now() - started : 0 })
      resolve(run)
    })
  })
}

/** `template` holds the old club (closed); `backup` the new club's backup file, outside the folder. */
async function digestOf(dataDir: string): Promise<{ digest: string; recovery: boolean }> {
  const backend = await openBackend({
    dataDir,
    migrationsDir: MIGRATIONS,
    startupBackup: false,
    integrityCheckAfterMs: null,
  })
  try {
    return backend.recovery ? { digest: '', recovery: true } : { digest: contentDigest(backend.db), recovery: false }
  } finally {
    backend.close()
  }
}

export async function runRestoreKills(options: {
  kills: number
  seed: number
  workDir: string
  template: string
  backup: string
  log?: (line: string) => void
}): Promise<RestoreKillReport> {
  const rng = createRng(options.seed)
  const old = (await digestOf(options.template)).digest
  const whole = join(options.workDir, 'whole')
  cpSync(options.template, whole, { recursive: true })
  const timing = await restoreInChild(whole, options.backup, null)
  if (!timing.restored) throw new Error(`the restore failed without a kill: ${timing.stderr}`)
  const fresh = (await digestOf(whole)).digest
  if (fresh === old) throw new Error('the backup holds the same data as the folder: nothing to tell apart')
  const report: RestoreKillReport = { kills: 0, leftOld: 0, leftNew: 0, finishedFirst: 0 }
  for (let i = 0; i < options.kills * 3 && report.kills < options.kills; i++) {
    const delay = Math.round(rng.uniform(0, timing.ms * 1.1))
    const dir = join(options.workDir, `kill-${String(i)}`)
    mkdirSync(dir)
    cpSync(options.template, dir, { recursive: true })
    const run = await restoreInChild(dir, options.backup, delay)
    if (run.restored && run.code === 0) report.finishedFirst++
    else if (run.signal === 'SIGKILL' && run.restoring) report.kills++
    else throw new Error(`the restoring child failed (code ${String(run.code)}): ${run.stderr}`)
    const after = await digestOf(dir)
    if (after.recovery) throw new Error(`kill after ${String(delay)} ms: the app started on the recovery screen`)
    const leftovers = readdirSync(dir).filter((name) => name.startsWith('restoring-') || name.endsWith('.reverting'))
    if (leftovers.length > 0) throw new Error(`kill after ${String(delay)} ms left ${leftovers.join(', ')}`)
    if (after.digest === old) report.leftOld++
    else if (after.digest === fresh) report.leftNew++
    else throw new Error(`kill after ${String(delay)} ms: the data is neither the old nor the new`)
    options.log?.(
      `restore kill ${String(i + 1)} after ${String(delay)} ms: ${after.digest === old ? 'old' : 'new'} data`,
    )
  }
  return report
}
