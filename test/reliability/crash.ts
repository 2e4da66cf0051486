// Crash consistency: a child process writes units of work through the real repositories and says "ACK n"
// after each commit; this loop kills it with SIGKILL at a random moment, reopens the data with the app's own
// openBackend, and checks that SQLite's integrity check passes, that every acknowledged unit is there in
// full and that no unit is there in part. Used by db/crash.test.ts (20 kills) and scripts/soak.ts (100+).
import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DATABASE_FILE, openBackend } from '../../electron/main/backend'
import { createRng } from '../../electron/main/services/seed/random'
import { checkUnits } from './crash-unit'

const CHILD = fileURLToPath(new URL('./crash-child', import.meta.url))
const MIGRATIONS = fileURLToPath(new URL('../../electron/main/db/migrations', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Longest wait for a child to start; only a hang gets near it (it takes about half a second). */
const START_TIMEOUT_MS = 30_000

export interface CrashLoopOptions {
  kills: number
  seed: number
  dataDir: string
  /** longest random wait after the child is ready, in ms (default 150) */
  maxDelayMs?: number
  log?: (line: string) => void
}

export interface CrashLoopReport {
  kills: number
  /** units on disk at the end, all complete */
  unitsCommitted: number
  /** units the child acknowledged over all its lives */
  acknowledged: number
  /** kills that fell after a commit and before its acknowledgement: the unit is there, complete */
  committedNotAcknowledged: number
  /** kills that fell before the child had written anything in that life */
  killedBeforeFirstCommit: number
}

interface Life {
  ready: number | null
  lastAck: number | null
  signal: NodeJS.Signals | null
  code: number | null
  stderr: string
}

/** Starts the child, kills it `delay` ms after it is ready, and resolves once it is gone and its output read. */
function liveAndDie(file: string, delayMs: number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const life: Life = { ready: null, lastAck: null, signal: null, code: null, stderr: '' }
    let buffered = ''
    const startTimer = setTimeout(() => child.kill('SIGKILL'), START_TIMEOUT_MS)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        const [word, n] = line.split(' ')
        if (word === 'READY') {
          life.ready = Number(n)
          clearTimeout(startTimer)
          setTimeout(() => child.kill('SIGKILL'), delayMs)
        } else if (word === 'ACK') life.lastAck = Number(n)
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (life.stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(startTimer)
      life.code = code
      life.signal = signal
      resolve(life)
    })
  })
}

export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopReport> {
  const rng = createRng(options.seed)
  const maxDelay = options.maxDelayMs ?? 150
  mkdirSync(options.dataDir, { recursive: true })
  const file = join(options.dataDir, DATABASE_FILE)
  const report: CrashLoopReport = {
    kills: 0,
    unitsCommitted: 0,
    acknowledged: 0,
    committedNotAcknowledged: 0,
    killedBeforeFirstCommit: 0,
  }
  let committed = 0
  for (let i = 0; i < options.kills; i++) {
    // Mostly short waits, so kills land at every point of a unit's life, with a few long ones for big WALs.
    const delay = rng.chance(0.1) ? rng.int(0, maxDelay * 4) : rng.int(0, maxDelay)
    const life = await liveAndDie(file, delay)
    if (life.signal !== 'SIGKILL' || life.ready === null) {
      throw new Error(
        `kill ${String(i + 1)}: the child ended by itself (code ${String(life.code)}, ready ${String(life.ready)}): ${life.stderr}`,
      )
    }
    if (life.ready !== committed)
      throw new Error(
        `kill ${String(i + 1)}: the child found ${String(life.ready)} units, the last check ${String(committed)}`,
      )
    report.kills++

    // The child holds the exclusive lock while it lives; it is gone now, so the app can open the data.
    const backend = await openBackend({ dataDir: options.dataDir, migrationsDir: MIGRATIONS })
    let check
    try {
      check = checkUnits(backend.db)
    } finally {
      backend.close()
    }
    const acked = life.lastAck ?? life.ready
    if (check.problems.length > 0)
      throw new Error(`kill ${String(i + 1)} after ${String(delay)} ms: ${check.problems.slice(0, 5).join('; ')}`)
    if (check.committed < acked)
      throw new Error(
        `kill ${String(i + 1)}: unit ${String(acked)} was acknowledged but only ${String(check.committed)} are there`,
      )
    if (check.committed > acked + 1)
      throw new Error(
        `kill ${String(i + 1)}: ${String(check.committed)} units are there but only one can be unacknowledged`,
      )
    if (check.committed === acked + 1) report.committedNotAcknowledged++
    if (check.committed === life.ready) report.killedBeforeFirstCommit++
    report.acknowledged += acked - life.ready
    committed = check.committed
    options.log?.(
      `kill ${String(i + 1)}/${String(options.kills)} after ${String(delay)} ms: ${String(committed)} units, ` +
        `acknowledged ${String(acked)}`,
    )
  }
  report.unitsCommitted = committed
  return report
}
