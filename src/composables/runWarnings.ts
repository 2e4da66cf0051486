// Values that pass the schema but are unlikely for a run: the coach sees them before anything is saved
// and either fixes them or confirms. Typical causes are a field typed one box off or minutes and
// seconds swapped.
import type { RunFields } from '#shared/schemas/run'
import type { Unit } from '#shared/enums'
import { formatDuration, METRES_PER_KM, metresPerUnit } from '#shared/units'

/** min/km: faster than the road world records' pace for long, slower than a brisk walk. */
export const FASTEST_PACE_MIN_PER_KM = 2.5
export const SLOWEST_PACE_MIN_PER_KM = 15
export const LONGEST_RUN_MIN = 300

export interface RunWarning {
  /** the field to look at first */
  field: 'date' | 'durationMin' | 'distanceM' | 'rpe'
  message: string
}

type Checked = Pick<RunFields, 'date' | 'durationMin' | 'distanceM' | 'rpe'>

function pace(minPerKm: number, unit: Unit): string {
  return `${formatDuration((minPerKm * metresPerUnit(unit)) / METRES_PER_KM)}/${unit}`
}

export function runWarnings(run: Checked, today: string, unit: Unit): RunWarning[] {
  const found: RunWarning[] = []
  if (run.date > today) found.push({ field: 'date', message: 'The date is in the future.' })
  if (run.durationMin > LONGEST_RUN_MIN) {
    found.push({
      field: 'durationMin',
      message: `The run lasted ${formatDuration(run.durationMin)}, more than 5 hours.`,
    })
  }
  if (run.distanceM !== null && run.distanceM > 0) {
    const minPerKm = run.durationMin / (run.distanceM / METRES_PER_KM)
    const at = `A pace of ${pace(minPerKm, unit)}`
    if (minPerKm < FASTEST_PACE_MIN_PER_KM) {
      found.push({ field: 'distanceM', message: `${at} is faster than ${pace(FASTEST_PACE_MIN_PER_KM, unit)}.` })
    } else if (minPerKm > SLOWEST_PACE_MIN_PER_KM) {
      found.push({ field: 'distanceM', message: `${at} is slower than ${pace(SLOWEST_PACE_MIN_PER_KM, unit)}.` })
    }
  }
  if (run.rpe === null) {
    found.push({ field: 'rpe', message: 'No session RPE: this run adds no training load until one is entered.' })
  }
  return found
}
