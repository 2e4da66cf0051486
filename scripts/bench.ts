// npm run bench: figures on a seeded large club (200 athletes × 3 years by default). Prints medians;
// nothing here is asserted — the README's performance section quotes these figures.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
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

const { values } = parseArgs({
  options: {
    athletes: { type: 'string', default: '200' },
    days: { type: 'string', default: '1095' },
    repeat: { type: 'string', default: '7' },
  },
})
const ATHLETES = Number(values.athletes)
const DAYS = Number(values.days)
const REPEAT = Number(values.repeat)
const END = '2026-10-31'

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

async function time(fn: () => unknown): Promise<number> {
  const samples: number[] = []
  await fn() // warm-up: statement preparation and page cache
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

const ms = (value: number) => `${value.toFixed(1)} ms`

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'backstride-bench-'))
  const backend = await openBackend({ dataDir, migrationsDir: resolve('electron/main/db/migrations') })
  try {
    const start = performance.now()
    const club = generateClub({ athletes: ATHLETES, days: DAYS, endDate: END, seed: 2026 })
    const summary = writeClub(backend.repos, club)
    console.log(
      `seeded ${String(summary.athletes)} athletes, ${String(summary.runs)} runs, ` +
        `${String(summary.painReports)} pain reports over ${String(DAYS)} days in ${ms(performance.now() - start)}`,
    )

    const scan = backend.db.prepare(
      'SELECT athlete_id, date, distance_m, duration_min, rpe FROM runs WHERE deleted_at IS NULL',
    )
    const bare = await time(() => scan.all())
    const team = await time(() => backend.dispatch('analytics.team', { through: END }))
    const athleteId = backend.repos.athletes.list(false)[0]?.id ?? 1
    const series = await time(() => backend.dispatch('analytics.athlete', { athleteId, through: END }))

    const answer = await backend.dispatch('analytics.team', { through: END })
    if (!answer.ok) throw new Error(answer.error.message)
    const row = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`)
    console.log(
      `\nload and pain: median of ${String(REPEAT)} runs (${String(ATHLETES)} athletes × ${String(DAYS)} days)`,
    )
    row('bare SELECT scan of every run', ms(bare))
    row('team overview request (analytics.team)', ms(team))
    row("one athlete's 3-year series (analytics.athlete)", ms(series))
    row('ratio team overview / bare scan (target ≤ 2)', (team / bare).toFixed(2))

    // What a restore and a start-up check cost on this club (timed once each: they copy the whole file).
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
        migrations: loadMigrations(resolve('electron/main/db/migrations')),
        currentFile: backend.databaseFile,
      }),
    )
    rmSync(tmp, { force: true })
    const restored = await timeOnce(() => backend.dispatch('backups.restore', { grant: backup.grant }))
    console.log(`
restore and start-up checks, once each (${(backup.sizeBytes / 1024 / 1024).toFixed(1)} MB file)`)
    row('quick_check at start (read-only connection)', ms(quick))
    row('full integrity_check (background; blocks the back end)', ms(integrity))
    row('restore checks on a temp copy (copy, checks, migrate, schema)', ms(check))
    row('whole restore (checks, revert copy, swap, reopen)', ms(restored))
  } finally {
    backend.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  const chart = await benchChartFirstDraw()
  console.log(`\nchart: first draw of 3 years in Chromium, median of ${String(chart.runs)}: ${ms(chart.medianMs)}`)
  await benchPrint()
  await benchImport()
}

await main()
