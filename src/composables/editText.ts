// An edit from the record history in words: "RPE: 4 → 7", distances in the coach's unit, durations as
// h:mm:ss, an empty value as "—".
import type { Unit } from '#shared/enums'
import type { FieldChange } from '#shared/edits'
import { formatDistance, formatDuration } from '#shared/units'

const LABELS: Record<string, string> = {
  date: 'Date',
  startTime: 'Start time',
  time: 'Time',
  durationMin: 'Duration',
  distanceM: 'Distance',
  rpe: 'RPE',
  load: 'Load',
  type: 'Type',
  surface: 'Surface',
  shoeId: 'Shoe',
  runId: 'Linked run',
  score: 'Pain',
  timing: 'Timing',
  onsetMinute: 'Minute of onset',
  redFlags: 'Red flags',
  easedByStretching: 'Eased by stretching',
  initialDistanceM: 'Distance already run',
  replaceThresholdM: 'Replace at',
  retiredDate: 'Retired on',
  startDate: 'First used',
  completedExercises: 'Exercises',
  cadenceSpm: 'Cadence',
  plankSec: 'Plank',
}

function label(field: string): string {
  return LABELS[field] ?? field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase())
}

function value(field: string, v: unknown, unit: Unit): string {
  if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return '—'
  if (typeof v === 'number' && field === 'durationMin') return formatDuration(v)
  if (typeof v === 'number' && /DistanceM$|distanceM$|ThresholdM$/.test(field)) return formatDistance(v, unit, 2)
  if (Array.isArray(v)) return v.map(String).join(', ')
  return typeof v === 'object' ? JSON.stringify(v) : String(v as string | number | boolean)
}

export function changeText(change: FieldChange, unit: Unit): string {
  return `${label(change.field)}: ${value(change.field, change.before, unit)} → ${value(change.field, change.after, unit)}`
}
