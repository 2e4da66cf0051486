// Seeds a Backstride data folder with an invented club, for the benchmark and for trying the app with
// a large club:
//   npx tsx scripts/seed-club.ts --dir /tmp/club --athletes 200 --days 1095 [--seed 7] [--end 2026-03-31]
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openBackend } from '../electron/main/backend'
import { localIsoDate } from '../electron/main/services/seed/dates'
import { generateClub } from '../electron/main/services/seed/generate'
import { writeClub } from '../electron/main/services/seed/write'

const here = dirname(fileURLToPath(import.meta.url))

function wholeNumber(name: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`)
  return n
}

async function main() {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      athletes: { type: 'string', default: '200' },
      days: { type: 'string', default: '1095' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string' },
    },
  })
  if (!values.dir) throw new Error('Give the data folder with --dir <folder>')
  const options = {
    athletes: wholeNumber('athletes', values.athletes),
    days: wholeNumber('days', values.days),
    seed: wholeNumber('seed', values.seed),
    endDate: values.end ?? localIsoDate(new Date()),
  }

  const backend = await openBackend({
    dataDir: resolve(values.dir),
    migrationsDir: resolve(here, '../electron/main/db/migrations'),
  })
  try {
    if (backend.repos.athletes.count() > 0) {
      throw new Error(`${backend.databaseFile} already holds athletes; seed an empty folder so counts stay meaningful`)
    }
    const started = performance.now()
    const club = generateClub(options)
    const generated = performance.now()
    const summary = writeClub(backend.repos, club)
    const written = performance.now()

    const count = (pick: (a: (typeof club.athletes)[number]) => unknown[]) =>
      club.athletes.reduce((sum, a) => sum + pick(a).length, 0)
    console.log(`database      ${backend.databaseFile}`)
    console.log(
      `history       ${club.firstDate} .. ${club.endDate} (${String(options.days)} days, seed ${String(options.seed)})`,
    )
    console.log(`athletes      ${String(summary.athletes)}`)
    console.log(`runs          ${String(summary.runs)}`)
    console.log(`pain reports  ${String(summary.painReports)}`)
    console.log(`shoes         ${String(count((a) => a.shoes))}`)
    console.log(`assessments   ${String(count((a) => a.assessments))}`)
    console.log(`sessions      ${String(count((a) => a.sessions))}`)
    console.log(`generate      ${((generated - started) / 1000).toFixed(2)} s`)
    console.log(`write         ${((written - generated) / 1000).toFixed(2)} s`)
    console.log(`total         ${((written - started) / 1000).toFixed(2)} s`)
  } finally {
    backend.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
