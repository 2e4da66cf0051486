// Import figures for `npm run bench`: files per second for FIT, GPX and TCX through the whole import
// (read, parse, judge, dedupe, write) in the back end's worker, against the parsing library alone on the
// same files in this thread, and rows per second for a 100 000-row Strava CSV, with the longest stall of
// the window side (this thread) meanwhile. Printed, never asserted.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Decoder, Encoder, Stream } from '@garmin/fitsdk'
import { XMLParser } from 'fast-xml-parser'
import type { BackendConnection } from '../electron/main/worker/client'
import { startBackendInProcess } from '../electron/main/worker/in-process'
import { mesg, MESG, stravaCsv } from '../test/import-files'
import { BUILT_MIGRATIONS, longestStall, stallFigure, startWorker, value } from './bench-backend'

const FILES = 150
const POINTS = 1800 // a 30-minute run recorded every second
const CSV_ROWS = 100_000

type Kind = 'fit' | 'gpx' | 'tcx'

function track(i: number) {
  const start = Date.UTC(2024, 0, 1, 6, 0, 0) + i * 86_400_000
  return Array.from({ length: POINTS }, (_, p) => ({
    at: new Date(start + p * 1000),
    lat: 45 + p * 0.000025,
    lon: 5 + i * 0.001,
    ele: 200 + Math.sin(p / 60) * 15,
    metres: p * 2.8,
    cadence: 85,
  }))
}

function fit(i: number): Uint8Array {
  const points = track(i)
  const first = points[0]!
  const last = points[points.length - 1]!
  const encoder = new Encoder()
  encoder.onMesg(
    MESG.fileId,
    mesg({ manufacturer: 'development', product: 1, timeCreated: first.at, type: 'activity' }),
  )
  for (const p of points) {
    encoder.onMesg(
      MESG.record,
      mesg({
        timestamp: p.at,
        positionLat: Math.round((p.lat * 2 ** 31) / 180),
        positionLong: Math.round((p.lon * 2 ** 31) / 180),
        altitude: p.ele,
        distance: p.metres,
        cadence: p.cadence,
      }),
    )
  }
  encoder.onMesg(
    MESG.session,
    mesg({
      messageIndex: 0,
      timestamp: last.at,
      startTime: first.at,
      totalElapsedTime: POINTS,
      totalTimerTime: POINTS,
      totalDistance: last.metres,
      sport: 'running',
      avgCadence: 85,
    }),
  )
  encoder.onMesg(MESG.activity, mesg({ timestamp: last.at, numSessions: 1, type: 'manual' }))
  return encoder.close()
}

function gpx(i: number): string {
  const points = track(i)
    .map(
      (p) =>
        `<trkpt lat="${p.lat.toFixed(7)}" lon="${p.lon.toFixed(7)}"><ele>${p.ele.toFixed(1)}</ele><time>${p.at.toISOString()}</time>` +
        `<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>${String(p.cadence)}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><type>running</type><trkseg>\n${points}\n</trkseg></trk></gpx>`
}

function tcx(i: number): string {
  const points = track(i)
  const first = points[0]!
  const rows = points
    .map(
      (p) =>
        `<Trackpoint><Time>${p.at.toISOString()}</Time><Position><LatitudeDegrees>${p.lat.toFixed(7)}</LatitudeDegrees><LongitudeDegrees>${p.lon.toFixed(7)}</LongitudeDegrees></Position>` +
        `<AltitudeMeters>${p.ele.toFixed(1)}</AltitudeMeters><DistanceMeters>${p.metres.toFixed(1)}</DistanceMeters>` +
        `<Extensions><TPX xmlns="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><RunCadence>${String(p.cadence)}</RunCadence></TPX></Extensions></Trackpoint>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Running"><Id>${first.at.toISOString()}</Id><Lap StartTime="${first.at.toISOString()}"><TotalTimeSeconds>${String(POINTS)}</TotalTimeSeconds><DistanceMeters>${String(points[points.length - 1]!.metres)}</DistanceMeters><Track>\n${rows}\n</Track></Lap></Activity></Activities></TrainingCenterDatabase>`
}

const MAKERS: Record<Kind, (i: number) => string | Uint8Array> = { fit, gpx, tcx }

/** The library on its own: read the file and parse it, nothing else (the SDK with its default options). */
const LIBRARY: Record<Kind, (path: string) => unknown> = {
  fit: (path) => new Decoder(Stream.fromBuffer(readFileSync(path))).read(),
  gpx: (path) => new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path, 'utf8')),
  tcx: (path) => new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path, 'utf8')),
}

/** The FIT SDK decoding with the options the import uses (electron/main/services/import/fit.ts). */
const FIT_AS_IMPORTED = (path: string) =>
  new Decoder(Stream.fromBuffer(readFileSync(path))).read({
    mergeHeartRates: false,
    includeUnknownData: false,
    expandComponents: false,
    expandSubFields: false,
  })

/**
 * Starts an import and follows it as the renderer does: by the back end's pushed 'import.progress' events
 * until the last one, then one status call.
 */
async function importAll(backend: BackendConnection, athleteId: number, files: { name: string; path: string }[]) {
  const ended = new Set<number>()
  let wake: () => void = () => undefined
  const stop = backend.onEvent((event) => {
    if (event.name !== 'import.progress' || event.payload.state === 'running') return
    ended.add(event.payload.jobId)
    wake()
  })
  try {
    // The files are granted the way main grants a dialog's answer (a trusted call into the back end); the
    // API takes grants, never paths.
    const granted = await Promise.all(
      files.map(async ({ name, path }) => ({ name, grant: (await backend.internal('grant', path))?.grant ?? '' })),
    )
    const started = await backend.call('import.start', { athleteId, files: granted })
    if (!started.ok) throw new Error(started.error.message)
    const { jobId } = started.value as { jobId: number }
    while (!ended.has(jobId)) await new Promise<void>((resolve) => (wake = resolve))
    const status = await backend.call('import.status', { jobId, from: Number.MAX_SAFE_INTEGER })
    if (!status.ok) throw new Error(status.error.message)
    return status.value as { state: string; totals: { runs: number; errors: number } }
  } finally {
    stop()
  }
}

type Where = 'worker' | 'window thread'

async function withBackend<T>(
  work: (backend: BackendConnection, athleteId: number, dir: string) => Promise<T>,
  where: Where = 'worker',
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-bench-import-'))
  const dataDir = join(dir, 'data')
  const backend =
    where === 'worker'
      ? await startWorker(dataDir)
      : await startBackendInProcess({ dataDir, migrationsDir: BUILT_MIGRATIONS, shell: false })
  try {
    const athlete = await value<{ id: number }>(backend.call('athletes.create', { name: 'Bench' }))
    return await work(backend, athlete.id, dir)
  } finally {
    await backend.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function benchKind(kind: Kind): Promise<void> {
  await withBackend(async (backend, athleteId, dir) => {
    const files = Array.from({ length: FILES }, (_, i) => {
      const name = `run-${String(i)}.${kind}`
      const path = join(dir, name)
      writeFileSync(path, MAKERS[kind](i))
      return { name, path }
    })
    const rate = (parse: (path: string) => unknown) => {
      const start = performance.now()
      for (const file of files) parse(file.path)
      return FILES / ((performance.now() - start) / 1000)
    }
    const library = rate(LIBRARY[kind])
    const start = performance.now()
    const result = await importAll(backend, athleteId, files)
    const ours = FILES / ((performance.now() - start) / 1000)
    if (result.totals.runs !== FILES)
      throw new Error(`${kind}: imported ${String(result.totals.runs)} of ${String(FILES)}`)
    console.log(
      `  ${kind.toUpperCase()}  import ${ours.toFixed(0).padStart(5)} files/s   library alone ${library.toFixed(0).padStart(5)} files/s` +
        `   ratio import/library ${(ours / library).toFixed(2)}`,
    )
    if (kind === 'fit') {
      const same = rate(FIT_AS_IMPORTED)
      console.log(
        `       the SDK with the import's decoder options ${same.toFixed(0).padStart(5)} files/s   ratio import/that ${(ours / same).toFixed(2)}`,
      )
    }
  })
}

/** Written from a helper so the generated rows are not kept alive during the import. */
function writeStravaCsv(path: string): void {
  const rows = Array.from({ length: CSV_ROWS }, (_, i) => {
    const day = new Date(Date.UTC(1990, 0, 1) + i * 3_600_000 * 7)
    const month = day.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const hour = day.getUTCHours() % 12 || 12
    const date = `${month} ${String(day.getUTCDate())}, ${String(day.getUTCFullYear())}, ${String(hour)}:00:00 ${day.getUTCHours() < 12 ? 'AM' : 'PM'}`
    const [elapsed, moving, metres] = [2000 + (i % 900), 1900 + (i % 900), 5000 + (i % 5000)]
    return {
      id: i,
      date,
      name: `Run, number ${String(i)}`,
      type: 'Run',
      elapsed,
      moving,
      metres,
      climb: i % 200,
      cadence: 80 + (i % 10),
    }
  })
  writeFileSync(path, stravaCsv(rows))
}

async function benchCsv(where: Where): Promise<void> {
  await withBackend(async (backend, athleteId, dir) => {
    const path = join(dir, 'activities.csv')
    writeStravaCsv(path)
    const size = statSync(path).size
    const { result, stallMs, busyMs, ms } = await longestStall(() =>
      importAll(backend, athleteId, [{ name: 'activities.csv', path }]),
    )
    console.log(
      `  CSV  ${String(CSV_ROWS)} Strava rows (${(size / 1e6).toFixed(1)} MB), back end in the ${where}: ` +
        `${(CSV_ROWS / (ms / 1000)).toFixed(0)} rows/s, ${String(result.totals.runs)} runs written; ` +
        `longest stall of the window side: ${await stallFigure({ stallMs, busyMs }, ms)}`,
    )
  }, where)
}

export async function benchImport(): Promise<void> {
  console.log(`\nimport (${String(FILES)} files of each kind, ${String(POINTS)} points each)`)
  for (const kind of ['fit', 'gpx', 'tcx'] as const) await benchKind(kind)
  await benchCsv('worker')
  // Before the split, for comparison: the import's one commit stalled the window.
  await benchCsv('window thread')
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await benchImport()
