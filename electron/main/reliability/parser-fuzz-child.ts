// The import parsers under fast-check, in a process of their own so that a parser stuck in a loop can be
// stopped from outside (a synchronous loop would freeze any timer in its own process). Every parser gets
// random bytes and mutated files that look real: FIT from Garmin's encoder (with its checksums repaired
// after the mutation, so the decoder reads the damaged records instead of stopping at the checksum), GPX,
// TCX and CSV as the import tests write them, and optionally the real recordings in a folder.
// A parser must return activities whose figures are numbers or null, or refuse the file with a
// FileProblem whose message a coach can read; any other error is a failure.
// Prints "CASE <parser> <n>" before each call, writes the bytes about to be parsed to <work>/current.bin,
// and "DONE <json>" at the end. Run as `node --import tsx parser-fuzz-child.ts <json options>`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CrcCalculator } from '@garmin/fitsdk'
import * as fc from 'fast-check'
import type { Activity } from '../services/import/activity'
import { csvActivities, csvColumns } from '../services/import/csv/source'
import { parseFit } from '../services/import/fit'
import { parseGpx } from '../services/import/gpx'
import { FileProblem } from '../services/import/problems'
import { parseTcx } from '../services/import/tcx'
import { fitFile, gpxFile, stravaCsv, tcxFile, type RunSpec } from '../services/import/test-files'

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

export type ParserName = 'fit' | 'gpx' | 'tcx' | 'csv'

const options = JSON.parse(process.argv[2] ?? '{}') as ParserFuzzChildOptions
const current = join(options.workDir, 'current.bin')
const encoder = new TextEncoder()
const bytes = (text: string) => encoder.encode(text)

// ---- inputs ---------------------------------------------------------------------------------------

const spec: fc.Arbitrary<RunSpec> = fc.record({
  start: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => new Date(ms).toISOString()),
  durationSec: fc.integer({ min: 1, max: 200_000 }),
  distanceM: fc.integer({ min: 0, max: 300_000 }),
  strides: fc.integer({ min: 0, max: 120 }),
  ascentM: fc.integer({ min: 0, max: 5000 }),
  sport: fc.constantFrom('running', 'cycling', 'generic', 'walking'),
  offsetSec: fc.integer({ min: -14, max: 14 }).map((h) => h * 3600),
})

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; data: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      value: fc.constantFrom(0, 0xff, 0x7f, 0x80, 0x3c, 0x22, 0x0a),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      data: fc.uint8Array({ minLength: 1, maxLength: 64 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 256 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 512 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
)

function mutate(input: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = input
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length
    if (m.kind === 'flip' && out.length > 0) {
      out = out.slice()
      out[at] = (out[at] ?? 0) ^ (1 << m.bit)
    } else if (m.kind === 'set' && out.length > 0) {
      out = out.slice()
      out[at] = m.value
    } else if (m.kind === 'insert') out = concat(out.subarray(0, at), m.data, out.subarray(at))
    else if (m.kind === 'delete') out = concat(out.subarray(0, at), out.subarray(at + m.length))
    else if (m.kind === 'duplicate') out = concat(out.subarray(0, at + m.length), out.subarray(at))
    else if (m.kind === 'truncate') out = out.slice(0, at)
  }
  return out
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** Makes the header's size and both checksums agree with the (damaged) content again. */
function repairFit(input: Uint8Array): Uint8Array {
  const header = input[0]
  if ((header !== 12 && header !== 14) || input.length < header + 2) return input
  const out = input.slice()
  const view = new DataView(out.buffer)
  view.setUint32(4, out.length - header - 2, true)
  if (header === 14 && view.getUint16(12, true) !== 0)
    view.setUint16(12, CrcCalculator.calculateCRC(out, 0, 12) as number, true)
  view.setUint16(out.length - 2, CrcCalculator.calculateCRC(out, 0, out.length - 2) as number, true)
  return out
}

/** Markup that XML parsers find hard: unclosed and stray tags, entities, CDATA, deep nesting, a DOCTYPE. */
const XML_TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '<?xml version="1.0"?>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F3C3;',
  '&bogus;',
  '&',
  '"',
  "'",
  '=',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '<gpx>',
  '</gpx>',
  '<trk>',
  '</trk>',
  '<trkseg>',
  '<trkpt lat="45" lon="5">',
  '<trkpt lat="NaN" lon="1e400">',
  '</trkpt>',
  '<time>2026-03-01T07:00:00Z</time>',
  '<time>not a time</time>',
  '<ele>-1e308</ele>',
  '<type>running</type>',
  '<TrainingCenterDatabase>',
  '<Activities>',
  '<Activity Sport="Running">',
  '<Lap StartTime="2026-03-01T07:00:00Z">',
  '<TotalTimeSeconds>1e309</TotalTimeSeconds>',
  '<DistanceMeters>-5</DistanceMeters>',
  '<Trackpoint>',
  '</Lap>',
  '<a>'.repeat(200),
  '</a>'.repeat(200),
  'x'.repeat(1000),
  '\u0000',
  '\ufeff',
  'é',
  '🏃',
]

/** Text that CSV readers find hard: quotes, delimiters, line ends, BOMs, invalid UTF-8. */
const CSV_TOKENS = [
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\ufeff',
  'Activity Date',
  'Activity Type',
  'Run',
  'Elapsed Time',
  'Distance',
  'Moving Time',
  'Date,Duration (min)',
  '2026-03-01',
  '01/02/2026',
  '13/13/2026',
  '1:02:03',
  '99:99:99',
  '-1',
  '1e400',
  'NaN',
  '\u0000',
  'é',
  '🏃',
  'x'.repeat(500),
]

const tokens = (list: string[]) =>
  fc.array(fc.constantFrom(...list), { maxLength: 80 }).map((parts) => bytes(parts.join('')))

const randomBytes = fc.uint8Array({ maxLength: 4096 })
const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 })

function realFiles(extension: string): Uint8Array[] {
  if (!options.realFiles) return []
  const found: Uint8Array[] = []
  for (const folder of readdirSync(options.realFiles, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue
    const dir = join(options.realFiles, folder.name)
    for (const name of readdirSync(dir)) {
      // Big recordings make every case slow without reaching new code; the small ones are enough.
      if (name.toLowerCase().endsWith(extension)) {
        const content = readFileSync(join(dir, name))
        if (content.length > 0 && content.length <= 250_000) found.push(new Uint8Array(content))
      }
    }
  }
  return found
}

function fromRealOr(generated: fc.Arbitrary<Uint8Array>, extension: string): fc.Arbitrary<Uint8Array> {
  const real = realFiles(extension)
  return real.length === 0 ? generated : fc.oneof(generated, fc.constantFrom(...real))
}

const fitBase = fromRealOr(
  spec.map((s) => fitFile(s)),
  '.fit',
)
const gpxBase = fromRealOr(
  fc.tuple(spec, fc.integer({ min: 2, max: 30 })).map(([s, points]) => bytes(gpxFile({ ...s, points, cadence: 84 }))),
  '.gpx',
)
const tcxBase = fromRealOr(
  spec.map((s) => bytes(tcxFile({ ...s, runCadence: 85 }))),
  '.tcx',
)
const csvBase = fc
  .array(
    fc.record({
      id: fc.nat(),
      date: fc.constantFrom('Mar 1, 2026, 7:00:00 AM', '2026-03-01 07:00:00', 'garbage', ''),
      name: fc.string({ maxLength: 20 }),
      type: fc.constantFrom('Run', 'Ride', 'Trail Run', ''),
      elapsed: fc.integer({ min: 0, max: 100_000 }),
      moving: fc.integer({ min: 0, max: 100_000 }),
      metres: fc.integer({ min: 0, max: 100_000 }),
    }),
    { maxLength: 12 },
  )
  .map((rows) => bytes(stravaCsv(rows)))

/** Inserts tokens at random places in a file, so structure is broken where a parser relies on it. */
const withTokens = (base: fc.Arbitrary<Uint8Array>, list: string[]) =>
  fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...list)), { minLength: 1, maxLength: 8 }))
    .map(([file, inserts]) =>
      inserts.reduce((out, [at, token]) => {
        const i = out.length === 0 ? 0 : at % out.length
        return concat(out.subarray(0, i), bytes(token), out.subarray(i))
      }, file),
    )

const inputs: Record<ParserName, fc.Arbitrary<Uint8Array>> = {
  fit: fc.oneof(
    randomBytes,
    fc.tuple(fitBase, mutations).map(([file, m]) => mutate(file, m)),
    fc.tuple(fitBase, mutations).map(([file, m]) => repairFit(mutate(file, m))),
    fc.tuple(fitBase, mutations).map(([file, m]) => repairFit(mutate(file, m))),
  ),
  gpx: fc.oneof(
    randomBytes,
    tokens(XML_TOKENS),
    fc.tuple(gpxBase, mutations).map(([file, m]) => mutate(file, m)),
    withTokens(gpxBase, XML_TOKENS),
  ),
  tcx: fc.oneof(
    randomBytes,
    tokens(XML_TOKENS),
    fc.tuple(tcxBase, mutations).map(([file, m]) => mutate(file, m)),
    withTokens(tcxBase, XML_TOKENS),
  ),
  csv: fc.oneof(
    randomBytes,
    tokens(CSV_TOKENS),
    fc.tuple(csvBase, mutations).map(([file, m]) => mutate(file, m)),
    withTokens(csvBase, CSV_TOKENS),
  ),
}

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

/**
 * What a coach reads next to the file's name starts with a sentence of our own, not a stack trace; a detail
 * from the XML parser may follow it ("This XML file is malformed: …").
 */
function checkMessage(parser: ParserName, error: FileProblem): void {
  const message = error.message
  if (!/^[A-Z][^:\n]{14,}/.test(message) || /\[object |\n\s*at \S+ \(/.test(message))
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
