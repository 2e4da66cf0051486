// Inputs for the parser fuzzer (parser-fuzz-child.ts): random bytes, and files that look real — FIT from
// Garmin's encoder, GPX, TCX and CSV as the import tests write them, and optionally real recordings —
// mutated at random, with FIT checksums repaired so the decoder reads the damaged records.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CrcCalculator } from '@garmin/fitsdk'
import * as fc from 'fast-check'
import { fitFile, gpxFile, stravaCsv, tcxFile, type RunSpec } from '../import-files'

export type ParserName = 'fit' | 'gpx' | 'tcx' | 'csv'

const encoder = new TextEncoder()
export const bytes = (text: string) => encoder.encode(text)

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
export function repairFit(input: Uint8Array): Uint8Array {
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

function realFiles(folder: string | null, extension: string): Uint8Array[] {
  if (!folder) return []
  const found: Uint8Array[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const dir = join(folder, entry.name)
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

function fromRealOr(
  generated: fc.Arbitrary<Uint8Array>,
  folder: string | null,
  extension: string,
): fc.Arbitrary<Uint8Array> {
  const real = realFiles(folder, extension)
  return real.length === 0 ? generated : fc.oneof(generated, fc.constantFrom(...real))
}

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

/** What each parser is fed: random bytes, and generated (or real, from `folder`) files broken on purpose. */
export function fuzzInputs(folder: string | null): Record<ParserName, fc.Arbitrary<Uint8Array>> {
  const fitBase = fromRealOr(
    spec.map((s) => fitFile(s)),
    folder,
    '.fit',
  )
  const gpxBase = fromRealOr(
    fc.tuple(spec, fc.integer({ min: 2, max: 30 })).map(([s, points]) => bytes(gpxFile({ ...s, points, cadence: 84 }))),
    folder,
    '.gpx',
  )
  const tcxBase = fromRealOr(
    spec.map((s) => bytes(tcxFile({ ...s, runCadence: 85 }))),
    folder,
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

  return {
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
}
