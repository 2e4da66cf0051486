// What each CSV row means. Strava's and Garmin Connect's exports are recognised by their headers; any
// other CSV is read through the column mapping the coach confirmed.
import type { Unit } from '#shared/enums'
import type { CsvMapping } from '#shared/schemas/transfer'
import type { CsvFormat } from '#shared/transfer'
import { onClock, onComputerClock } from '#shared/clock'
import { blankActivity, classify, type Activity } from '../activity'
import { stepsPerMinute } from '../geo'
import { FileProblem } from '../problems'
import { parseDate, parseDuration, parseNumber, parseStravaDate, stampMs, withClock, type Stamp } from './values'

export type RowReader = (row: string[], rowNumber: number) => Activity

const norm = (name: string) => name.trim().toLowerCase()

export function detectFormat(header: string[]): CsvFormat {
  const names = new Set(header.map(norm))
  if (names.has('activity id') && names.has('activity date')) return 'strava'
  if (names.has('activity type') && names.has('date') && names.has('title')) return 'garmin'
  return 'other'
}

function first(header: string[], name: string): number {
  return header.findIndex((h) => norm(h) === name)
}

/** Strava repeats some names: the first "Distance" is in the athlete's display unit, the last in metres. */
function last(header: string[], name: string): number {
  return header.map(norm).lastIndexOf(name)
}

function requireColumns(header: string[], names: string[], format: string): void {
  const missing = names.filter((name) => first(header, name) < 0)
  if (missing.length > 0) {
    const list = missing.map((m) => `“${header.find((h) => norm(h) === m) ?? titleCase(m)}”`).join(', ')
    throw new FileProblem(`This looks like a ${format} export, but it has no ${list} column, so it cannot be read.`)
  }
}

const titleCase = (name: string) => name.replace(/\b[a-z]/g, (c) => c.toUpperCase())

function cellAt(row: string[], index: number): string | undefined {
  return index < 0 ? undefined : row[index]
}

function finish(activity: Activity, stamp: Stamp | null, problems: string[]): Activity {
  if (!stamp) problems.unshift('its date is not one Backstride can read')
  else {
    const ms = stampMs(stamp)
    activity.startMs = ms
    // A cell with an offset (+02:00) gives the runner's own clock; "Z" (Strava's UTC) gives the instant
    // only, and a cell with no zone is a time on this computer's clock.
    if (stamp.offsetMin !== null && stamp.offsetMin !== 0) activity.offsetMin = stamp.offsetMin
    const local = activity.offsetMin === null ? onComputerClock(ms) : onClock(ms, activity.offsetMin)
    activity.local = { date: local.date, time: stamp.hour === null ? null : local.time }
  }
  if (problems.length > 0) activity.problem = `Row ${String(activity.row)}: ${problems.join('; ')}.`
  return classify(activity)
}

function numberOrProblem(value: number | null, what: string, problems: string[]): number | null {
  if (value !== null && Number.isNaN(value)) {
    problems.push(`its ${what} is not a number`)
    return null
  }
  return value
}

export function stravaReader(header: string[]): RowReader {
  requireColumns(header, ['activity date', 'activity type', 'elapsed time'], 'Strava')
  const col = {
    date: first(header, 'activity date'),
    type: first(header, 'activity type'),
    name: first(header, 'activity name'),
    elapsed: last(header, 'elapsed time'),
    moving: first(header, 'moving time'),
    distance: last(header, 'distance'),
    distanceIsMetres: first(header, 'distance') !== last(header, 'distance'),
    climb: first(header, 'elevation gain'),
    cadence: first(header, 'average cadence'),
    effort: first(header, 'perceived exertion'),
  }
  return (row, rowNumber) => {
    const problems: string[] = []
    const activity: Activity = { ...blankActivity(rowNumber), sport: row[col.type] ?? '', name: row[col.name] ?? '' }
    // Moving time, like a watch's timer; elapsed time when Strava has none.
    const seconds =
      numberOrProblem(parseDuration(cellAt(row, col.moving), 'seconds'), 'moving time', problems) ||
      numberOrProblem(parseDuration(cellAt(row, col.elapsed), 'seconds'), 'elapsed time', problems)
    activity.durationSec = seconds && seconds > 0 ? seconds : null
    const distance = numberOrProblem(parseNumber(cellAt(row, col.distance)), 'distance', problems)
    // Old exports have a single Distance column, in kilometres.
    activity.distanceM = distance === null ? null : col.distanceIsMetres ? distance : distance * 1000
    activity.elevationGainM = numberOrProblem(parseNumber(cellAt(row, col.climb)), 'elevation gain', problems)
    activity.cadenceSpm = stepsPerMinute(parseNumber(cellAt(row, col.cadence)))
    const effort = parseNumber(cellAt(row, col.effort))
    activity.rpe = effort !== null && Number.isInteger(effort) && effort >= 0 && effort <= 10 ? effort : null
    return finish(activity, parseStravaDate(row[col.date]), problems)
  }
}

/** Garmin Connect writes distances (and climb) in the unit of the account: the coach's unit is assumed. */
export function garminReader(header: string[], unit: Unit): RowReader {
  requireColumns(header, ['activity type', 'date', 'time'], 'Garmin Connect')
  const col = {
    type: first(header, 'activity type'),
    date: first(header, 'date'),
    name: first(header, 'title'),
    time: first(header, 'time'),
    moving: first(header, 'moving time'),
    distance: first(header, 'distance'),
    climb: first(header, 'total ascent'),
    cadence: first(header, 'avg run cadence'),
  }
  const metresPer = unit === 'mi' ? 1609.344 : 1000
  const climbPer = unit === 'mi' ? 0.3048 : 1
  return (row, rowNumber) => {
    const problems: string[] = []
    const activity: Activity = { ...blankActivity(rowNumber), sport: row[col.type] ?? '', name: row[col.name] ?? '' }
    const seconds = numberOrProblem(parseDuration(cellAt(row, col.time), 'hms'), 'time', problems)
    activity.durationSec = seconds && seconds > 0 ? seconds : null
    const distance = numberOrProblem(parseNumber(cellAt(row, col.distance)), 'distance', problems)
    activity.distanceM = distance === null ? null : distance * metresPer
    const climb = numberOrProblem(parseNumber(cellAt(row, col.climb)), 'total ascent', problems)
    activity.elevationGainM = climb === null ? null : climb * climbPer
    // Garmin Connect already counts steps (both feet) in its CSV.
    const cadence = parseNumber(cellAt(row, col.cadence))
    activity.cadenceSpm = cadence !== null && cadence >= 60 && cadence <= 260 ? Math.round(cadence * 10) / 10 : null
    return finish(activity, parseDate(row[col.date], 'ymd'), problems)
  }
}

const DISTANCE_UNIT = { km: 1000, mi: 1609.344, m: 1 } as const

/** Any other CSV, through the coach's mapping. Without a type column every row is taken as a run. */
export function mappedReader(header: string[], mapping: CsvMapping): RowReader {
  const used = [mapping.date, mapping.duration, mapping.time, mapping.distance, mapping.cadence]
    .concat([mapping.elevationGain, mapping.type, mapping.rpe, mapping.name])
    .filter((c): c is number => c !== null)
  const beyond = used.find((c) => c >= header.length)
  if (beyond !== undefined) {
    throw new FileProblem(
      `The column mapping names column ${String(beyond + 1)}, but this file has ${String(header.length)}.`,
    )
  }
  const cell = (row: string[], column: number | null) => (column === null ? undefined : row[column])
  return (row, rowNumber) => {
    const problems: string[] = []
    const typeCell = cell(row, mapping.type)
    const activity: Activity = {
      ...blankActivity(rowNumber),
      sport: mapping.type === null ? 'run' : (typeCell ?? ''),
      name: cell(row, mapping.name) ?? '',
    }
    const seconds = numberOrProblem(
      parseDuration(cell(row, mapping.duration), mapping.durationUnit),
      'duration',
      problems,
    )
    activity.durationSec = seconds && seconds > 0 ? seconds : null
    const distance = numberOrProblem(parseNumber(cell(row, mapping.distance)), 'distance', problems)
    activity.distanceM = distance === null ? null : distance * DISTANCE_UNIT[mapping.distanceUnit]
    const climb = numberOrProblem(parseNumber(cell(row, mapping.elevationGain)), 'elevation gain', problems)
    activity.elevationGainM = climb === null ? null : climb * (mapping.elevationUnit === 'ft' ? 0.3048 : 1)
    const cadence = parseNumber(cell(row, mapping.cadence))
    activity.cadenceSpm = stepsPerMinute(cadence !== null && Number.isNaN(cadence) ? null : cadence)
    const rpe = parseNumber(cell(row, mapping.rpe))
    activity.rpe = rpe !== null && Number.isInteger(rpe) && rpe >= 0 && rpe <= 10 ? rpe : null
    let stamp = parseDate(cell(row, mapping.date), mapping.dateOrder)
    if (stamp && mapping.time !== null) stamp = withClock(stamp, cell(row, mapping.time))
    return finish(activity, stamp, problems)
  }
}
