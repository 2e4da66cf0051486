// The back end apart from the window, for `npm run bench`: the built worker (out/main/backend-worker.js)
// started as the app starts it, with this thread standing in for the main process that owns the windows.
// Printed, never asserted.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { resolve } from 'node:path'
import type Database from 'better-sqlite3'
import type { Result } from '#shared/result'
import { startBackendWorker, type BackendConnection } from '../electron/main/worker/client'
import { startBackendInProcess } from '../electron/main/worker/in-process'

export const WORKER_FILE = resolve('out/main/backend-worker.js')
export const BUILT_MIGRATIONS = resolve('out/main/migrations')

export const ms = (value: number) => `${value.toFixed(1)} ms`
export const row = (label: string, value: string) => console.log(`  ${label.padEnd(62)} ${value}`)

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** The back end as the app runs it: its own thread, from the build. */
export function startWorker(dataDir: string): Promise<BackendConnection> {
  return startBackendWorker(WORKER_FILE, { dataDir, migrationsDir: BUILT_MIGRATIONS, shell: false }, null)
}

export async function value<T>(answer: Promise<Result<unknown>>): Promise<T> {
  const result = await answer
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}

export interface Stall {
  /** the longest wall-clock gap between two turns of this thread's event loop */
  stallMs: number
  /** the most CPU time this thread spent between two turns: its own work, without waits for a core */
  busyMs: number
}

/**
 * How long this thread's event loop was held up while `work` ran: what a window's clicks, scrolls and
 * other IPC calls would wait at worst. A 1 ms interval notes every gap between its turns (and
 * monitorEventLoopDelay does the same in C++), and the CPU time the thread used in each gap; a last turn
 * after the work catches a stall at its very end. The wall-clock gap also counts the time the thread
 * waited for a core, which on a machine shared with other jobs can be long; the CPU time does not.
 */
export async function longestStall<T>(work: () => Promise<T>): Promise<Stall & { result: T; ms: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 })
  const cpu = () => {
    const used = process.threadCpuUsage()
    return (used.user + used.system) / 1000
  }
  // The bench itself built a large club in this thread; the app's main process holds nothing like it, so
  // its garbage is collected before measuring, not during (needs node --expose-gc, as npm run bench runs).
  ;(globalThis as { gc?: () => void }).gc?.()
  let last = performance.now()
  let lastCpu = cpu()
  let worst = 0
  let busiest = 0
  const tick = setInterval(() => {
    const [now, used] = [performance.now(), cpu()]
    worst = Math.max(worst, now - last - 1)
    busiest = Math.max(busiest, used - lastCpu)
    last = now
    lastCpu = used
  }, 1)
  delay.enable()
  const start = performance.now()
  const result = await work()
  const took = performance.now() - start
  await new Promise((resolve) => setTimeout(resolve, 10))
  clearInterval(tick)
  delay.disable()
  return { result, stallMs: Math.max(worst, delay.max / 1e6), busyMs: busiest, ms: took }
}

/**
 * The same measure with nothing to do for `durationMs`: what the machine itself costs this thread (on a
 * build machine shared with other jobs, threads wait for a core). A wall-clock figure means something
 * only next to this.
 */
export async function idleStall(durationMs: number): Promise<Stall> {
  return longestStall(() => new Promise((resolve) => setTimeout(resolve, durationMs)))
}

/** "155.7 ms wall clock (idle for as long: 25.8 ms), of which 12.0 ms this thread's own work" */
export async function stallFigure(stall: Stall, durationMs: number): Promise<string> {
  const idle = await idleStall(durationMs)
  return (
    `${ms(stall.busyMs)} of its own work at most; wall clock ${ms(stall.stallMs)} ` +
    `(idle for as long: ${ms(idle.stallMs)})`
  )
}

/** Median round trip of one small call (one athlete by id) through `connection`. */
async function roundTrip(connection: BackendConnection, calls: number): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i < calls + 100; i++) {
    const start = performance.now()
    await connection.call('athletes.get', { id: 1 })
    if (i >= 100) samples.push(performance.now() - start)
  }
  return median(samples)
}

/** IPC round trip and the window side's stall during a team overview, on the club in `dataDir`. */
export async function benchWorker(dataDir: string, through: string, athletes: number): Promise<void> {
  const worker = await startWorker(dataDir)
  try {
    console.log(`\nthe back end in its worker thread (${String(athletes)} athletes)`)
    row(
      'median round trip of one call (athletes.get) through the worker',
      `${(await roundTrip(worker, 2000)).toFixed(3)} ms`,
    )
    await worker.call('analytics.team', { through })
    const stalls: Stall[] = []
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const { stallMs, busyMs, ms: took } = await longestStall(() => worker.call('analytics.team', { through }))
      stalls.push({ stallMs, busyMs })
      times.push(took)
    }
    row(`team overview, ${String(athletes)} athletes: request in the worker`, ms(median(times)))
    const worst = {
      stallMs: Math.max(...stalls.map((s) => s.stallMs)),
      busyMs: Math.max(...stalls.map((s) => s.busyMs)),
    }
    const total = times.reduce((a, b) => a + b, 0)
    console.log(`    longest stall of the window side meanwhile (target < 50 ms): ${await stallFigure(worst, total)}`)
  } finally {
    await worker.close()
  }
  // The same request with the back end in this thread, as before the split: for comparison.
  const inline = await startBackendInProcess({ dataDir, migrationsDir: BUILT_MIGRATIONS, shell: false })
  try {
    await inline.call('analytics.team', { through })
    const { busyMs } = await longestStall(() => inline.call('analytics.team', { through }))
    row('    (the same with the back end in the window’s thread: its stall)', ms(busyMs))
    row('median round trip of the same call in the window’s thread', `${(await roundTrip(inline, 2000)).toFixed(3)} ms`)
  } finally {
    await inline.close()
  }
}

interface Read {
  source: string
  method: 'all' | 'get' | 'iterate'
  args: unknown[]
}

/**
 * Every statement `work` reads with, and its parameters: wraps better-sqlite3's Statement methods for
 * the duration. The yardstick replays exactly these reads, rows fetched and dropped, nothing computed.
 */
export async function recordReads(db: Database.Database, work: () => Promise<unknown>): Promise<Read[]> {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown>
  const reads: Read[] = []
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate }
  for (const method of ['all', 'get', 'iterate'] as const) {
    const original = originals[method]
    if (!original) continue
    proto[method] = function (this: { source: string; reader: boolean }, ...args: unknown[]) {
      if (this.reader) reads.push({ source: this.source, method, args })
      return original.apply(this, args)
    }
  }
  try {
    await work()
  } finally {
    Object.assign(proto, originals)
  }
  return reads
}

/** Replays recorded reads: the same statements, the same parameters, the rows read as plain arrays. */
export function replay(db: Database.Database, reads: Read[]): () => void {
  const statements = reads.map((read) => ({ ...read, statement: db.prepare(read.source).raw(true) }))
  return () => {
    for (const { statement, method, args } of statements) {
      if (method === 'get') statement.get(...args)
      else statement.all(...args)
    }
  }
}
