// Recognising the same activity twice: the same file imported again, or the same run exported from
// another service in another format (a watch's FIT and Strava's GPX of it).
//
// The fingerprint stored with each imported run is "<start>|<duration>|<distance>":
//   start    the UTC minute the activity started ("2017-10-08T14:54Z"), or the local day ("2026-03-10D")
//            when a CSV gives no time of day
//   duration seconds, rounded to 10 s ("2820s")
//   distance metres, rounded to 10 m ("4490m"), or "-" when unknown
// Two formats never agree to the metre (a GPX's distance is summed from its points, the watch smooths
// its own), so a new activity is compared with the runs whose start falls within a minute of its own
// (an index range scan on (athlete_id, fingerprint)) and is a duplicate when its distance or its
// duration agrees with one of them within the tolerances below. One runner cannot start two runs
// within the same minute, so agreement on either figure is enough.
import type { KnownRun } from '../../db/repositories/imports'

const MINUTE_MS = 60_000

export const DISTANCE_TOLERANCE = { metres: 100, fraction: 0.03 }
export const DURATION_TOLERANCE = { seconds: 60, fraction: 0.05 }

export interface Fingerprinted {
  fingerprint: string
  durationMin: number
  distanceM: number | null
}

const minuteKey = (ms: number) => new Date(Math.floor(ms / MINUTE_MS) * MINUTE_MS).toISOString().slice(0, 16) + 'Z'

/** `startMs` null means the file gives only the day (`localDate`). */
export function fingerprint(
  start: { ms: number; timeKnown: boolean; localDate: string },
  durationSec: number,
  distanceM: number | null,
): string {
  const when = start.timeKnown ? minuteKey(start.ms) : `${start.localDate}D`
  const distance = distanceM === null ? '-' : `${String(Math.round(distanceM / 10) * 10)}m`
  return `${when}|${String(Math.round(durationSec / 10) * 10)}s|${distance}`
}

/** The [from, to) range of fingerprints that may be the same activity: a minute either side. */
export function searchRange(print: string): { from: string; to: string } {
  const when = print.slice(0, print.indexOf('|'))
  if (when.endsWith('D')) return { from: `${when}|`, to: `${when}|~` }
  const ms = Date.parse(when.replace('Z', ':00Z'))
  return { from: minuteKey(ms - MINUTE_MS), to: minuteKey(ms + 2 * MINUTE_MS) }
}

function close(a: number, b: number, tolerance: { fraction: number }, floor: number): boolean {
  return Math.abs(a - b) <= Math.max(floor, tolerance.fraction * Math.max(a, b))
}

/** Whether `candidate` is the same activity as `known` (already inside its search range). */
export function sameActivity(candidate: Fingerprinted, known: KnownRun): boolean {
  const dayOnly = candidate.fingerprint.includes('D|')
  const durationAgrees = close(
    candidate.durationMin * 60,
    known.durationMin * 60,
    DURATION_TOLERANCE,
    DURATION_TOLERANCE.seconds,
  )
  const bothDistances = candidate.distanceM !== null && known.distanceM !== null
  const distanceAgrees =
    bothDistances &&
    close(candidate.distanceM ?? 0, known.distanceM ?? 0, DISTANCE_TOLERANCE, DISTANCE_TOLERANCE.metres)
  // With only a day to go on, two runs of one day must agree on everything known about them.
  if (dayOnly) return durationAgrees && (!bothDistances || distanceAgrees)
  return durationAgrees || distanceAgrees
}
