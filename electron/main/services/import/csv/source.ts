// A CSV file as a stream of activities, plus the first look at its columns for the mapping step.
import type { Unit } from '#shared/enums'
import type { CsvMapping } from '#shared/schemas/transfer'
import type { CsvColumns, CsvFormat } from '#shared/transfer'
import type { Activity } from '../activity'
import { FileProblem } from '../problems'
import { detectFormat, garminReader, mappedReader, stravaReader, type RowReader } from './formats'
import { csvRows } from './reader'

export class NeedsMapping extends FileProblem {
  constructor() {
    super(
      'This CSV is not a Strava or Garmin Connect export, so Backstride needs to know which column holds what. ' +
        'Choose its columns, then preview again.',
    )
    this.name = 'NeedsMapping'
  }
}

export interface CsvBatch {
  activities: Activity[]
  bytesRead: number
}

export const FORMAT_NOTE: Record<CsvFormat, string> = {
  strava: 'Read as a Strava bulk export (distances in metres, dates in UTC).',
  garmin: 'Read as a Garmin Connect export.',
  other: 'Read with the columns you chose.',
}

function readerFor(
  header: string[],
  mapping: CsvMapping | undefined,
  unit: Unit,
): { format: CsvFormat; read: RowReader } {
  if (mapping) return { format: 'other', read: mappedReader(header, mapping) }
  const format = detectFormat(header)
  if (format === 'strava') return { format, read: stravaReader(header) }
  if (format === 'garmin') return { format, read: garminReader(header, unit) }
  throw new NeedsMapping()
}

/** Activities of a CSV, a chunk at a time; `onFormat` hears how the file is read before the first batch. */
export async function* csvActivities(
  path: string,
  options: { mapping?: CsvMapping | undefined; unit: Unit; onFormat?: (format: CsvFormat) => void },
): AsyncGenerator<CsvBatch> {
  let read: RowReader | null = null
  let rowNumber = 0
  for await (const batch of csvRows(path)) {
    let rows = batch.rows
    if (!read) {
      const header = rows[0]
      if (!header) continue
      const picked = readerFor(header, options.mapping, options.unit)
      options.onFormat?.(picked.format)
      read = picked.read
      rows = rows.slice(1)
    }
    const activities = rows.map((row) => read!(row, ++rowNumber))
    yield { activities, bytesRead: batch.bytesRead }
  }
  if (!read) throw new FileProblem('The file is empty.')
  if (rowNumber === 0) throw new FileProblem('This CSV has a header row but no data rows.')
}

const SUGGEST: [keyof CsvMapping, RegExp][] = [
  ['date', /^(activity )?(date|start|start time|started|when)$|date/i],
  ['duration', /^(moving time|duration|elapsed time|time|total time)$|duration|minutes/i],
  ['distance', /^distance|km|miles|metres|meters/i],
  ['cadence', /cadence|spm/i],
  ['elevationGain', /elev|ascent|climb/i],
  ['type', /^(activity )?(type|sport)$/i],
  ['rpe', /rpe|exertion|effort/i],
  ['name', /^(activity )?(name|title)$/i],
]

/** The header, a few rows and a first guess at the mapping, for the coach to confirm or correct. */
export async function csvColumns(path: string, unit: Unit): Promise<CsvColumns> {
  for await (const batch of csvRows(path)) {
    const [header = [], ...rest] = batch.rows
    if (header.length === 0) continue
    const sample = rest.slice(0, 5)
    const format = detectFormat(header)
    const pick = (pattern: RegExp, taken: Set<number>) => {
      const at = header.findIndex((h, i) => !taken.has(i) && pattern.test(h.trim()))
      return at < 0 ? null : at
    }
    const taken = new Set<number>()
    const found: Partial<Record<keyof CsvMapping, number | null>> = {}
    for (const [field, pattern] of SUGGEST) {
      const at = pick(pattern, taken)
      found[field] = at
      if (at !== null) taken.add(at)
    }
    const date = found.date ?? null
    const duration = found.duration ?? null
    const suggested: CsvMapping | null =
      date === null || duration === null
        ? null
        : {
            date,
            time: null,
            dateOrder: guessDateOrder(sample.map((row) => row[date] ?? '')),
            duration,
            durationUnit: sample.some((row) => (row[duration] ?? '').includes(':')) ? 'hms' : 'minutes',
            distance: found.distance ?? null,
            distanceUnit: unit,
            cadence: found.cadence ?? null,
            elevationGain: found.elevationGain ?? null,
            elevationUnit: unit === 'mi' ? 'ft' : 'm',
            type: found.type ?? null,
            rpe: found.rpe ?? null,
            name: found.name ?? null,
          }
    return { format, header, sample, suggested }
  }
  throw new FileProblem('The file is empty.')
}

/** 13/03/2026 can only be day-first, 03/13/2026 only month-first; ISO dates and ties read year-first. */
export function guessDateOrder(cells: string[]): CsvMapping['dateOrder'] {
  for (const cell of cells) {
    const m = /^(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}/.exec(cell.trim())
    if (!m) continue
    if (Number(m[1]) > 12) return 'dmy'
    if (Number(m[2]) > 12) return 'mdy'
  }
  return cells.some((cell) => /^\d{1,2}[./-]/.test(cell.trim())) ? 'dmy' : 'ymd'
}
