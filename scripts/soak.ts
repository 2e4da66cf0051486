// npm run test:soak: the long versions of the reliability tests. SIGKILL a writing process 120 times, kill
// a migration 30 times, and fuzz every IPC method and every import parser with 20 times the cases of
// `npm test`. Each part fails loudly at its first broken promise; at the end it prints the figures the
// README's Reliability section quotes. Scale with --kills, --migration-kills, --ipc-runs, --parser-runs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { METHOD_NAMES } from '#shared/contract'
import { startBackendInProcess } from '../electron/main/worker/in-process'
import { runCrashLoop } from '../test/reliability/crash'
import { addStats, fuzzHarness, fuzzMethod, fuzzMethodNames, type MethodFuzzStats } from '../test/reliability/ipc-fuzz'
import { runMigrationKills } from '../test/reliability/migration-kill'
import { runParserFuzz } from '../test/reliability/parser-fuzz'
import { buildWorld, exampleFor } from '../test/reliability/payloads'

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: process.env.BACKSTRIDE_SOAK_KILLS ?? '120' },
    'migration-kills': { type: 'string', default: '30' },
    'ipc-runs': { type: 'string', default: '800' },
    'parser-runs': { type: 'string', default: '3000' },
    seed: { type: 'string', default: '2026' },
  },
})
const SEED = Number(values.seed)
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`
const work = mkdtempSync(join(tmpdir(), 'backstride-soak-'))
const figures: string[] = []

async function crash(): Promise<void> {
  const start = performance.now()
  const kills = Number(values.kills)
  const report = await runCrashLoop({
    kills,
    seed: SEED,
    dataDir: join(work, 'crash'),
    log: (line) => {
      if (/^kill \d+0\//.test(line)) console.log(`  ${line}`)
    },
  })
  figures.push(
    `crash consistency: ${String(report.kills)} SIGKILLs survived; ${String(report.unitsCommitted)} transactions ` +
      `on disk, all complete; ${String(report.acknowledged)} acknowledged, none lost; ` +
      `${String(report.committedNotAcknowledged)} kills fell between a commit and its acknowledgement (${seconds(start)})`,
  )
}

async function migrationKills(): Promise<void> {
  const start = performance.now()
  const report = await runMigrationKills({
    kills: Number(values['migration-kills']),
    seed: SEED,
    workDir: join(work, 'migrations'),
  })
  const versions = Object.entries(report.versions)
    .map(([v, n]) => `${String(n)} at schema ${v}`)
    .join(', ')
  figures.push(
    `mid-migration kills: ${String(report.kills)} (${String(report.leftOld)} rolled back to an older version, ` +
      `${String(report.leftNew)} after the last step committed; ${String(report.finishedFirst)} more runs ended ` +
      `before their kill; files found ${versions}); every file reopened at exactly one version with its schema ` +
      `and data, and finished migrating (${seconds(start)})`,
  )
}

async function ipc(): Promise<void> {
  const start = performance.now()
  const sandbox = join(work, 'ipc')
  // The app's back-end entry (serveBackend over the protocol), in this thread; the fuzzer wraps its handlers.
  const connection = await startBackendInProcess({
    dataDir: sandbox,
    migrationsDir: resolve('electron/main/db/migrations'),
    shell: false,
  })
  const backend = connection.backend
  try {
    const world = await buildWorld(backend, sandbox)
    const harness = fuzzHarness(backend, sandbox)
    const runs = Number(values['ipc-runs'])
    const totals: MethodFuzzStats = { cases: 0, refused: 0, accepted: 0, answeredOk: 0, declined: 0, stubbed: 0 }
    for (const [i, method] of METHOD_NAMES.entries()) {
      const stats = await fuzzMethod(harness, method, {
        numRuns: runs,
        seed: SEED + i,
        base: exampleFor(method, world),
      })
      addStats(totals, stats)
    }
    const names = await fuzzMethodNames(harness, runs * 5, SEED)
    figures.push(
      `IPC fuzz: ${String(totals.cases + names)} calls over ${String(METHOD_NAMES.length)} methods ` +
        `(${String(totals.refused)} refused by the schema and by the dispatcher, ${String(totals.accepted)} accepted: ` +
        `${String(totals.answeredOk)} ok, ${String(totals.declined)} declined by a service rule; ` +
        `${String(names)} unknown method names refused); no exception, no write on a refusal (${seconds(start)})`,
    )
  } finally {
    await connection.close()
  }
}

async function parsers(): Promise<void> {
  const start = performance.now()
  const fixtures = resolve('..', 'shared', 'fixtures', 'activities')
  const runs = Number(values['parser-runs'])
  const report = await runParserFuzz({
    numRuns: runs,
    seed: SEED,
    workDir: mkdtempSync(join(work, 'parsers-')),
    realFiles: existsSync(fixtures) ? fixtures : null,
  })
  const parts = Object.entries(report).map(
    ([parser, s]) => `${parser} ${String(s.cases)} (${String(s.parsed)} read, ${String(s.refused)} refused)`,
  )
  figures.push(
    `parser fuzz: ${parts.join(', ')}; no crash, no hang, every refusal a FileProblem with a clear message` +
      `${existsSync(fixtures) ? ', real recordings mutated as well' : ''} (${seconds(start)})`,
  )
}

try {
  for (const [name, part] of [
    ['crash consistency', crash],
    ['mid-migration kills', migrationKills],
    ['IPC fuzz', ipc],
    ['parser fuzz', parsers],
  ] as const) {
    console.log(`${name}…`)
    await part()
    console.log(`  ${figures[figures.length - 1] ?? ''}`)
  }
  console.log(`\nsoak: all promises held (seed ${String(SEED)})`)
  for (const line of figures) console.log(`- ${line}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
