// npm run bench: figures on a seeded large club (1,600 athletes × 3 years by default). Prints medians;
// nothing here is asserted — the README's performance section quotes these figures. Run after a build
// (`npm run bench` builds first): the back end is the built worker, as in the app.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openBackend } from '../electron/main/backend'
import { loadMigrations } from '../electron/main/db/migrate'
import { prepareRestore } from '../electron/main/services/backup/restore'
import { quickCheck } from '../electron/main/startup/health'
import { benchChartFirstDraw } from './bench-chart'
import { generateClub } from '../electron/main/services/seed/generate'
import { writeClub } from '../electron/main/services/seed/write'
import { benchPrint } from './bench-print'
import { benchImport } from './bench-import'
import { BUILT_MIGRATIONS, benchWorker, median, ms, recordReads, replay, row } from './bench-backend'
import { startBackendInProcess } from '../electron/main/worker/in-process'
import { benchPlan } from './bench-plan'

const { values } = parseArgs({
  options: {
    athletes: { type: 'string', default: '1600' },
    days: { type: 'string', default: '1095' },
    repeat: { type: 'string', default: '5' },
    /** parts to run: worker, plan, team, restore, chart, print, import (comma-separated) */
    only: { type: 'string' },
  },
})
const ATHLETES = Number(values.athletes)
const DAYS = Number(values.days)
const REPEAT = Number(values.repeat)
const END = '2026-10-31'
/** Team sizes the overview is timed at, to show how its cost grows: an eighth, half and all of the club. */
const SIZES = [...new Set([Math.round(ATHLETES / 8), Math.round(ATHLETES / 2), ATHLETES])].filter((n) => n > 0)

async function time(fn: () => unknown): Promise<number> {
  const samples: number[] = []
  await fn() // warm-up: statement preparation and page cache
  for (let i = 0; i < REPEAT; i++) {
    // The seeding left a large heap behind in this thread: collected here, not in the middle of a sample.
    ;(globalThis as { gc?: () => void }).gc?.()
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** The seeded club, written once through the repositories and closed again. */
async function seed(dataDir: string): Promise<void> {
  const backend = await openBackend({ dataDir, migrationsDir: BUILT_MIGRATIONS })
  try {
    const start = performance.now()
    const club = generateClub({ athletes: ATHLETES, days: DAYS, endDate: END, seed: 2026 })
    const summary = writeClub(backend.repos, club)
    console.log(
      `seeded ${String(summary.athletes)} athletes, ${String(summary.runs)} runs, ` +
        `${String(summary.painReports)} pain reports over ${String(DAYS)} days in ${ms(performance.now() - start)}`,
    )
  } finally {
    backend.close()
  }
}

/**
 * The team overview at each size, against a replay of exactly the reads it made (the same statements
 * with the same parameters, rows fetched and dropped): like with like, whatever history it reads.
 * Smaller teams are the same club with the other athletes archived, which the overview leaves out.
 */
async function teamScaling(dataDir: string): Promise<void> {
  const twin = await startBackendInProcess({ dataDir, migrationsDir: BUILT_MIGRATIONS, shell: false })
  try {
    console.log(`
team overview against the rows it reads: median of ${String(REPEAT)} (${String(DAYS)} days each)`)
    const { repos, db } = twin.backend
    const ids = repos.athletes.list(false).map((a) => a.id)
    // The back end's own dispatcher: the computation and its reads, without the trip between threads
    // (measured on its own above), so the ratio compares like with like.
    const request = () => twin.backend.dispatch('analytics.team', { through: END })
    const perAthlete: string[] = []
    for (const size of [...SIZES].reverse()) {
      for (const id of ids.slice(size)) repos.athletes.archive(id)
      const team = await time(request)
      const reads = await recordReads(db, request)
      const bare = await time(replay(db, reads))
      const rows = reads.length
      row(`${String(size)} athletes: overview request (analytics.team)`, ms(team))
      row(`  its ${String(rows)} reads replayed alone (the yardstick)`, ms(bare))
      row('  ratio overview / its reads (target ≤ 2)', (team / bare).toFixed(2))
      perAthlete.push(`${String(size)}: ${(team / size).toFixed(2)} ms`)
    }
    row('overview time per athlete (flat = linear growth)', perAthlete.join(', '))
    const athleteId = ids[0] ?? 1
    row(
      "one athlete's 3-year series (analytics.athlete)",
      ms(await time(() => twin.call('analytics.athlete', { athleteId, through: END }))),
    )
  } finally {
    await twin.close()
  }
}

/** What a restore and a start-up check cost on this club (timed once each: they copy the whole file). */
async function restoreAndChecks(dataDir: string): Promise<void> {
  const twin = await startBackendInProcess({ dataDir, migrationsDir: BUILT_MIGRATIONS, shell: false })
  try {
    const { backend } = twin
    const backup = await backend.backups.create('manual')
    const timeOnce = async (fn: () => unknown) => {
      const begin = performance.now()
      await fn()
      return performance.now() - begin
    }
    // On the backup, a closed file of the same size: the live one is locked, as at start it is not yet.
    const quick = await timeOnce(() => quickCheck(backup.path))
    const integrity = await timeOnce(() => backend.db.pragma('integrity_check'))
    const tmp = join(dataDir, 'restoring-bench.db')
    const check = await timeOnce(() =>
      prepareRestore(backup.path, {
        tmp,
        migrations: loadMigrations(BUILT_MIGRATIONS),
        currentFile: backend.databaseFile,
      }),
    )
    rmSync(tmp, { force: true })
    const restored = await timeOnce(() => twin.call('backups.restore', { grant: backup.grant }))
    console.log(`
restore and start-up checks, once each (${(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB file)`)
    row('quick_check at start (read-only connection)', ms(quick))
    row('full integrity_check (background; blocks the back end)', ms(integrity))
    row('restore checks on a temp copy (copy, checks, migrate, schema)', ms(check))
    row('whole restore (checks, revert copy, swap, reopen)', ms(restored))
  } finally {
    await twin.close()
  }
}

/** `--only worker,team` runs those parts alone; by default every part runs. */
const wanted = (part: string) => !values.only || values.only.split(',').includes(part)

/** The plan's forecast for every athlete against the team overview (before teamScaling archives any). */
async function planForecast(dataDir: string): Promise<void> {
  const twin = await startBackendInProcess({ dataDir, migrationsDir: BUILT_MIGRATIONS, shell: false })
  try {
    await benchPlan(twin.backend, END, time)
  } finally {
    await twin.close()
  }
}

async function main(): Promise<void> {
  if (['worker', 'plan', 'team', 'restore'].some(wanted)) {
    const dataDir = mkdtempSync(join(tmpdir(), 'backstride-bench-'))
    try {
      await seed(dataDir)
      if (wanted('worker')) await benchWorker(dataDir, END, ATHLETES)
      if (wanted('plan')) await planForecast(dataDir)
      if (wanted('team')) await teamScaling(dataDir)
      if (wanted('restore')) await restoreAndChecks(dataDir)
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  if (wanted('chart')) {
    const chart = await benchChartFirstDraw()
    console.log(`\nchart: first draw of 3 years in Chromium, median of ${String(chart.runs)}: ${ms(chart.medianMs)}`)
  }
  if (wanted('print')) await benchPrint()
  if (wanted('import')) await benchImport()
}

await main()
