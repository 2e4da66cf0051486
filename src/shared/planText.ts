// How a planned session reads, the same in the calendar, the printed week and the runner's phone calendar.
import type { Unit } from './enums'
import { PLAN_KIND_LABEL, RUN_TYPE_LABEL, SURFACE_LABEL } from './labels'
import type { PlannedSession } from './planning'
import { formatDistance } from './units'

type Shown = Pick<PlannedSession, 'kind' | 'runType' | 'durationMin' | 'distanceM' | 'rpe' | 'surface' | 'notes'>

const minutes = (value: number) => `${String(Math.round(value * 10) / 10)} min`

/** What the weekly plan compliance counts, said wherever the figure is shown (services/planning/compliance.ts). */
export const COMPLIANCE_COUNTS =
  'Counts planned runs done within ±20 % of the planned distance (or time), and planned strength and mobility ' +
  'sessions logged or ticked on the program sheet, each on its day or within a day. Cross-training and rest ' +
  'are not counted.'

/** "Long run, 14.0 km", "Easy run, 40 min", "Strength". */
export function sessionTitle(s: Shown, unit: Unit): string {
  if (s.kind !== 'run') return PLAN_KIND_LABEL[s.kind]
  const length = (s.distanceM ?? 0) > 0 ? formatDistance(s.distanceM, unit) : minutes(s.durationMin ?? 0)
  return `${RUN_TYPE_LABEL[s.runType ?? 'easy']} run, ${length}`
}

/** The details under the title, one line each; notes last. */
export function sessionDetails(s: Shown, unit: Unit): string[] {
  return [
    s.durationMin !== null ? `Planned time: ${minutes(s.durationMin)}` : '',
    s.kind === 'run' && (s.distanceM ?? 0) > 0 ? `Planned distance: ${formatDistance(s.distanceM, unit)}` : '',
    s.rpe !== null ? `Effort (RPE 0–10): ${String(s.rpe)}` : '',
    s.surface !== null ? `Surface: ${SURFACE_LABEL[s.surface]}` : '',
    s.notes,
  ].filter(Boolean)
}
