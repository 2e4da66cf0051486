// GPX tracks (Garmin Connect, Strava, phone apps). GPX has no summary: start, duration, distance, climb
// and cadence all come from the track points. Each <trk> is one activity.
import { blankActivity, classify, type Activity } from './activity'
import { elevationGain, haversine, meanCadence, stepsPerMinute } from './geo'
import { FileProblem } from './problems'
import { child, children, decodeXml, noZoneNote, num, parseXml, stamp, text, type Node } from './xml'

const ARRAYS = new Set(['trk', 'trkseg', 'trkpt'])

export function parseGpx(bytes: Uint8Array): Activity[] {
  const doc = parseXml(decodeXml(bytes), ARRAYS, 'GPX')
  const gpx = child(doc, 'gpx')
  if (!gpx) throw new FileProblem('This XML file is not a GPX file (it has no <gpx> element).')
  const tracks = children(gpx, 'trk')
  if (tracks.length === 0) throw new FileProblem('This GPX file holds no track, so there is no activity in it.')
  return tracks.map(fromTrack)
}

interface Point {
  ms: number
  zoned: boolean
  lat: number | null
  lon: number | null
  ele: number | null
  cad: number | null
}

function point(node: Node): Point | null {
  const at = stamp(node, 'time')
  if (at === null) return null
  const ext = child(node, 'extensions')
  const tpx = child(ext, 'TrackPointExtension')
  return {
    ...at,
    lat: num(node, '@lat'),
    lon: num(node, '@lon'),
    ele: num(node, 'ele'),
    cad: num(tpx, 'cad') ?? num(ext, 'cad') ?? num(ext, 'cadence'),
  }
}

function fromTrack(track: Node): Activity {
  const activity: Activity = { ...blankActivity(), sport: text(track, 'type'), name: text(track, 'name') }
  let distance = 0
  let first: Point | null = null
  let last: Point | null = null
  const altitudes: number[] = []
  const cadences: number[] = []
  let unzoned = false
  for (const segment of children(track, 'trkseg')) {
    let previous: Point | null = null
    for (const node of children(segment, 'trkpt')) {
      const p = point(node)
      if (!p) continue
      unzoned ||= !p.zoned
      // Points out of time order are kept for the figures but cannot move the start or the end.
      if (!first || p.ms < first.ms) first = p
      if (!last || p.ms > last.ms) last = p
      if (p.ele !== null) altitudes.push(p.ele)
      if (p.cad !== null) cadences.push(p.cad)
      if (previous?.lat != null && previous.lon != null && p.lat !== null && p.lon !== null) {
        distance += haversine(previous.lat, previous.lon, p.lat, p.lon)
      }
      previous = p
    }
  }
  if (!first || !last) {
    return classify({ ...activity, problem: 'The track has no times, so its start and duration are unknown.' })
  }
  const durationSec = (last.ms - first.ms) / 1000
  return classify({
    ...activity,
    startMs: first.ms,
    clockNote: unzoned ? noZoneNote('GPX') : null,
    durationSec: durationSec > 0 ? durationSec : null,
    distanceM: distance > 0 ? distance : null,
    elevationGainM: elevationGain(altitudes),
    cadenceSpm: stepsPerMinute(meanCadence(cadences)),
    problem: durationSec > 0 ? null : 'The track has a single moment in time, so it has no duration.',
  })
}
