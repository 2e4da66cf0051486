// TCX (Garmin Training Center). Each <Activity> is one activity; its laps carry the watch's own totals
// (time with pauses excluded, distance), the track points carry altitude and cadence.
import { blankActivity, classify, type Activity } from './activity'
import { elevationGain, meanCadence, stepsPerMinute } from './geo'
import { FileProblem } from './problems'
import { child, children, decodeXml, noZoneNote, num, parseXml, stamp, text, type Node } from './xml'

const ARRAYS = new Set(['Activity', 'Lap', 'Track', 'Trackpoint'])

export function parseTcx(bytes: Uint8Array): Activity[] {
  const doc = parseXml(decodeXml(bytes), ARRAYS, 'TCX')
  const root = child(doc, 'TrainingCenterDatabase')
  if (!root) throw new FileProblem('This XML file is not a TCX file (it has no <TrainingCenterDatabase> element).')
  const activities = children(child(root, 'Activities'), 'Activity')
  if (activities.length === 0) throw new FileProblem('This TCX file holds no activity.')
  return activities.map(fromActivity)
}

function fromActivity(node: Node): Activity {
  const laps = children(node, 'Lap')
  const activity: Activity = { ...blankActivity(), sport: text(node, '@Sport'), name: text(node, 'Notes') }
  const startStamp = stamp(laps[0], '@StartTime') ?? stamp(node, 'Id')
  let unzoned = startStamp !== null && !startStamp.zoned
  let lapSeconds = 0
  let lapMetres = 0
  let lastDistance: number | null = null
  let firstPoint: number | null = null
  let lastPoint: number | null = null
  const altitudes: number[] = []
  const cadences: number[] = []
  const lapCadences: number[] = []
  for (const lap of laps) {
    lapSeconds += num(lap, 'TotalTimeSeconds') ?? 0
    lapMetres += num(lap, 'DistanceMeters') ?? 0
    const lx = child(child(lap, 'Extensions'), 'LX')
    const lapCadence = num(lx, 'AvgRunCadence') ?? num(lap, 'Cadence')
    if (lapCadence !== null) lapCadences.push(lapCadence)
    for (const track of children(lap, 'Track')) {
      for (const point of children(track, 'Trackpoint')) {
        const at = stamp(point, 'Time')
        if (at !== null) {
          const { ms } = at
          unzoned ||= !at.zoned
          firstPoint = firstPoint === null ? ms : Math.min(firstPoint, ms)
          lastPoint = lastPoint === null ? ms : Math.max(lastPoint, ms)
        }
        const altitude = num(point, 'AltitudeMeters')
        if (altitude !== null) altitudes.push(altitude)
        const distance = num(point, 'DistanceMeters')
        if (distance !== null) lastDistance = Math.max(lastDistance ?? 0, distance)
        const tpx = child(child(point, 'Extensions'), 'TPX')
        const cadence = num(tpx, 'RunCadence') ?? num(point, 'Cadence')
        if (cadence !== null) cadences.push(cadence)
      }
    }
  }
  const start = startStamp?.ms ?? firstPoint
  const durationSec =
    lapSeconds > 0 ? lapSeconds : firstPoint !== null && lastPoint !== null ? (lastPoint - firstPoint) / 1000 : 0
  const distanceM = lapMetres > 0 ? lapMetres : lastDistance
  return classify({
    ...activity,
    startMs: start,
    clockNote: start !== null && unzoned ? noZoneNote('TCX') : null,
    durationSec: durationSec > 0 ? durationSec : null,
    distanceM: distanceM !== null && distanceM > 0 ? distanceM : null,
    elevationGainM: elevationGain(altitudes),
    cadenceSpm: stepsPerMinute(meanCadence(cadences) ?? meanCadence(lapCadences)),
    problem: start === null ? 'The file does not say when this activity started.' : null,
  })
}
