// Activity files made by the tests themselves: FIT through Garmin's own encoder, GPX, TCX and CSV written
// by hand with the quirks real exports have. Only imported by tests.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Encoder, Profile, type Mesg } from '@garmin/fitsdk'
import type { Backend } from '../electron/main/backend'
import type { ImportJobStatus } from '#shared/transfer'
import { call, grant } from './support'

/** FIT global message numbers (the SDK types them as possibly undefined). */
export const MESG = {
  fileId: Profile.MesgNum.FILE_ID ?? 0,
  record: Profile.MesgNum.RECORD ?? 20,
  session: Profile.MesgNum.SESSION ?? 18,
  activity: Profile.MesgNum.ACTIVITY ?? 34,
}
/** Field names as the SDK's decoder returns them; the encoder takes the same. */
export const mesg = (fields: Record<string, unknown>) => fields as Mesg

export interface RunSpec {
  start: string
  durationSec: number
  distanceM: number
  /** strides per minute, as FIT stores it */
  strides?: number
  fraction?: number
  ascentM?: number
  sport?: string
  subSport?: string
  /** device UTC offset in seconds */
  offsetSec?: number
  elapsedSec?: number
}

const FIT_EPOCH_S = 631_065_600

export function fitFile(spec: RunSpec): Uint8Array {
  const start = new Date(spec.start)
  const end = new Date(start.getTime() + spec.durationSec * 1000)
  const encoder = new Encoder()
  encoder.onMesg(
    MESG.fileId,
    mesg({
      manufacturer: 'development',
      product: 1,
      timeCreated: start,
      type: 'activity',
    }),
  )
  encoder.onMesg(MESG.record, mesg({ timestamp: start, distance: 0 }))
  encoder.onMesg(MESG.record, mesg({ timestamp: end, distance: spec.distanceM }))
  encoder.onMesg(
    MESG.session,
    mesg({
      messageIndex: 0,
      timestamp: end,
      startTime: start,
      totalElapsedTime: spec.elapsedSec ?? spec.durationSec + 5,
      totalTimerTime: spec.durationSec,
      totalDistance: spec.distanceM,
      sport: spec.sport ?? 'running',
      subSport: spec.subSport ?? 'generic',
      ...(spec.strides === undefined ? {} : { avgCadence: spec.strides, avgFractionalCadence: spec.fraction ?? 0 }),
      ...(spec.ascentM === undefined ? {} : { totalAscent: spec.ascentM }),
    }),
  )
  encoder.onMesg(
    MESG.activity,
    mesg({
      timestamp: end,
      numSessions: 1,
      type: 'manual',
      ...(spec.offsetSec === undefined ? {} : { localTimestamp: end.getTime() / 1000 - FIT_EPOCH_S + spec.offsetSec }),
    }),
  )
  return encoder.close()
}

/** A straight track northwards: 0.009° of latitude is very nearly 1000 m. */
/** `zone: 'none'` writes the times without a zone ("2017-10-08T14:54:00"), as some exporters do. */
export function gpxFile(
  spec: RunSpec & { type?: string | null; points?: number; cadence?: number; zone?: 'Z' | 'none' },
): string {
  const points = spec.points ?? 11
  const start = new Date(spec.start).getTime()
  const degrees = (spec.distanceM / 1000) * 0.008993
  const rows = Array.from({ length: points }, (_, i) => {
    const f = i / (points - 1)
    const iso = new Date(start + f * spec.durationSec * 1000).toISOString()
    const time = spec.zone === 'none' ? iso.slice(0, 19) : iso
    const ele = 200 + (i % 2 === 0 ? 0 : 10)
    const cad =
      spec.cadence === undefined
        ? ''
        : `<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>${String(spec.cadence)}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>`
    return `      <trkpt lat="${(45 + f * degrees).toFixed(7)}" lon="5.0000000"><ele>${String(ele)}</ele><time>${time}</time>${cad}</trkpt>`
  })
  const type = spec.type === null ? '' : `<type>${spec.type ?? 'running'}</type>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="Backstride tests" version="1.1" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <trk>
    <name>Morning run &amp; hills</name>
    ${type}
    <trkseg>
${rows.join('\n')}
    </trkseg>
  </trk>
</gpx>
`
}

export function tcxFile(spec: RunSpec & { sport?: string; runCadence?: number }): string {
  const start = new Date(spec.start)
  const mid = new Date(start.getTime() + (spec.durationSec / 2) * 1000)
  const end = new Date(start.getTime() + spec.durationSec * 1000)
  const point = (at: Date, metres: number, altitude: number) => `
          <Trackpoint><Time>${at.toISOString()}</Time><AltitudeMeters>${String(altitude)}</AltitudeMeters>
            <DistanceMeters>${String(metres)}</DistanceMeters>
            <Extensions><TPX xmlns="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><RunCadence>${String(spec.runCadence ?? 0)}</RunCadence></TPX></Extensions>
          </Trackpoint>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
  <Activities>
    <Activity Sport="${spec.sport ?? 'Running'}">
      <Id>${start.toISOString()}</Id>
      <Lap StartTime="${start.toISOString()}">
        <TotalTimeSeconds>${String(spec.durationSec)}</TotalTimeSeconds>
        <DistanceMeters>${String(spec.distanceM)}</DistanceMeters>
        <Track>${point(start, 0, 100)}${point(mid, spec.distanceM / 2, 100 + (spec.ascentM ?? 0))}${point(end, spec.distanceM, 100)}
        </Track>
      </Lap>
    </Activity>
  </Activities>
</TrainingCenterDatabase>
`
}

/** Strava's bulk-export header (English), with its repeated column names, cut to the columns that matter. */
export const STRAVA_HEADER = [
  'Activity ID',
  'Activity Date',
  'Activity Name',
  'Activity Type',
  'Activity Description',
  'Elapsed Time',
  'Distance',
  'Max Heart Rate',
  'Relative Effort',
  'Commute',
  'Elapsed Time',
  'Moving Time',
  'Distance',
  'Max Speed',
  'Average Speed',
  'Elevation Gain',
  'Average Cadence',
  'Perceived Exertion',
]

export interface StravaRow {
  id: number
  date: string
  name: string
  type: string
  elapsed: number
  moving: number
  metres: number
  climb?: number
  cadence?: number
  effort?: number
  description?: string
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)

export function stravaRow(r: StravaRow): string {
  const cells = [
    String(r.id),
    r.date,
    r.name,
    r.type,
    r.description ?? '',
    String(r.elapsed),
    (r.metres / 1000).toFixed(2),
    '',
    '',
    'false',
    `${String(r.elapsed)}.0`,
    `${String(r.moving)}.0`,
    r.metres.toFixed(1),
    '',
    '',
    r.climb === undefined ? '' : String(r.climb),
    r.cadence === undefined ? '' : String(r.cadence),
    r.effort === undefined ? '' : String(r.effort),
  ]
  return cells.map(quote).join(',')
}

export function stravaCsv(rows: StravaRow[]): string {
  return [STRAVA_HEADER.join(','), ...rows.map(stravaRow)].join('\n') + '\n'
}

export function write(dir: string, name: string, content: string | Uint8Array): { name: string; path: string } {
  const path = join(dir, name)
  writeFileSync(path, content)
  return { name, path }
}

/**
 * Starts a preview or an import through the dispatcher, naming each file by a grant as the renderer does,
 * and waits for its final status.
 */
export async function importJob(
  backend: Backend,
  mode: 'import.preview' | 'import.start',
  request: { athleteId: number; files: { name: string; path: string }[]; confirmFuture?: boolean },
): Promise<ImportJobStatus> {
  const files = request.files.map(({ name, path }) => ({ name, grant: grant(backend, path) }))
  return finishJob(backend, (await call(backend, mode, { ...request, files })).jobId)
}

/** Asks for a job's status until it ends: the back-end tests' own way (the renderer follows its pushed events). */
export async function finishJob(backend: Backend, jobId: number): Promise<ImportJobStatus> {
  for (;;) {
    const status = await call(backend, 'import.status', { jobId })
    if (status.state !== 'running') return status
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}
