// The import parsers under fast-check, in a process of their own so that a parser stuck in a loop can be
// stopped from outside (a synchronous loop would freeze any timer in its own process). Every parser gets
// random bytes and mutated files that look real: FIT from Garmin's encoder (with its checksums repaired
// after the mutation, so the decoder reads the damaged records instead of stopping at the checksum), GPX,
// TCX and CSV as the import tests write them, and optionally the real recordings in a folder.
// A parser must return activities whose figures are numbers or null, or refuse the file with a
// FileProblem whose message a coach can read; any other error is a failure.
// Prints "CASE <parser> <n>" before each call, writes the bytes about to be parsed to <work>/current.bin,
// and "DONE <json>" at the end. Run as `node --import tsx parser-fuzz-child.ts <json options>`.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fc from 'fast-check'
import type { Activity } from '../../electron/main/services/import/activity'
import { csvActivities, csvColumns } from '../../electron/main/services/import/csv/source'
import { parseFit } from '../../electron/main/services/import/fit'
import { parseGpx } from '../../electron/main/services/import/gpx'
import { FileProblem } from '../../electron/main/services/import/problems'
import { parseTcx } from '../../electron/main/services/import/tcx'
import { fuzzInputs, type ParserName } from './parser-fuzz-inputs'

export interface ParserFuzzChildOptions {
  numRuns: number
  seed: number
  workDir: string
  /** folder of real FIT/GPX/TCX files to mutate as well (skipped when null) */
  realFiles: string | null
}

export interface ParserStats {
  cases: number
  /** returned activities */
  parsed: number
  /** refused with a FileProblem */
  refused: number
}

export type { ParserName }

const options = JSON.parse(process.argv[2] ?? '{}') as ParserFuzzChildOptions
const current = join(options.workDir, 'current.bin')
const inputs = fuzzInputs(options.realFiles)

// ---- the parsers and what they must do ------------------------------------------------------------

const NUMBERS = ['startMs', 'durationSec', 'distanceM', 'cadenceSpm', 'elevationGainM', 'rpe'] as const

function checkActivities(parser: ParserName, activities: Activity[]): void {
  if (!Array.isArray(activities)) throw new Error(`${parser} returned ${typeof activities}, not a list`)
  for (const a of activities) {
    if (typeof a.isRun !== 'boolean') throw new Error(`${parser} returned an activity without isRun`)
    for (const key of NUMBERS) {
      const value = a[key]
      if (value !== null && !Number.isFinite(value)) throw new Error(`${parser} returned ${key} = ${String(value)}`)
    }
    if (a.problem !== null && !/\S/.test(a.problem)) throw new Error(`${parser} returned an empty problem`)
  }
}

/** What the FIT decoder and the XML parser say in their own words, which a coach must never read. */
const LIBRARY_WORDS =
  /Runtime Error|Maximum nested|readTagExp|Unexpected end of|Invalid tag|Pi Tag|closing tag|Unpaired tag|DOCTYPE declarations|undefined|NaN/

/**
 * What a coach reads next to the file's name is a sentence of our own, not a stack trace and not a
 * library's message.
 */
function checkMessage(parser: ParserName, error: FileProblem): void {
  const message = error.message
  if (!/^[A-Z][^:\n]{14,}/.test(message) || /\[object |\n\s*at \S+ \(/.test(message) || LIBRARY_WORDS.test(message))
    throw new Error(`${parser} refused a file with an unclear message: ${JSON.stringify(message)}`)
}

async function readCsv(path: string, mapped: boolean): Promise<Activity[]> {
  const activities: Activity[] = []
  const mapping = mapped
    ? {
        date: 0,
        time: null,
        dateOrder: 'dmy' as const,
        duration: 1,
        durationUnit: 'hms' as const,
        distance: 2,
        distanceUnit: 'km' as const,
        cadence: null,
        elevationGain: null,
        elevationUnit: 'm' as const,
        type: 3,
        rpe: 4,
        name: null,
      }
    : undefined
  for await (const batch of csvActivities(path, { unit: 'km', mapping })) activities.push(...batch.activities)
  return activities
}

const PARSE: Record<ParserName, (input: Uint8Array, variant: boolean) => Promise<Activity[]>> = {
  fit: (input) => Promise.resolve(parseFit(input)),
  gpx: (input) => Promise.resolve(parseGpx(input)),
  tcx: (input) => Promise.resolve(parseTcx(input)),
  csv: async (input, mapped) => {
    const columns = await csvColumns(current, 'km').catch((error: unknown) => {
      if (error instanceof FileProblem) return null
      throw error
    })
    if (columns && !Array.isArray(columns.header)) throw new Error('csv columns without a header')
    return readCsv(current, mapped || input.length % 2 === 0)
  },
}

async function fuzz(parser: ParserName): Promise<ParserStats> {
  const stats: ParserStats = { cases: 0, parsed: 0, refused: 0 }
  await fc.assert(
    fc.asyncProperty(inputs[parser], fc.boolean(), async (input, variant) => {
      stats.cases++
      process.stdout.write(`CASE ${parser} ${String(stats.cases)}\n`)
      writeFileSync(current, input)
      try {
        checkActivities(parser, await PARSE[parser](input, variant))
        stats.parsed++
      } catch (error) {
        if (!(error instanceof FileProblem)) {
          const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
          throw new Error(`${parser} failed with something other than a FileProblem: ${what}`)
        }
        checkMessage(parser, error)
        stats.refused++
      }
    }),
    { numRuns: options.numRuns, seed: options.seed, endOnFailure: true },
  )
  return stats
}

const report: Partial<Record<ParserName, ParserStats>> = {}
try {
  for (const parser of ['fit', 'gpx', 'tcx', 'csv'] as const) report[parser] = await fuzz(parser)
  process.stdout.write(`DONE ${JSON.stringify(report)}\n`)
} catch (error) {
  // fast-check's message holds the whole counterexample; the cause says what went wrong, and the input
  // itself is in current.bin (no shrinking: the failing case is the last one run).
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
  const seed = error instanceof Error ? (/\{ seed: [^}]*\}/.exec(error.message)?.[0] ?? '') : ''
  process.stdout.write(`FAIL ${JSON.stringify(`${cause} ${seed} (input in ${current})`)}\n`)
  process.exitCode = 1
}
