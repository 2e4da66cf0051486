// An activity that is a run becomes the run a coach keeps: start, duration, distance, cadence in steps,
// climb, the source file's name. Checked against the same schema as a run typed by hand, so an import
// can never store what the form would refuse.
import { runCreate, type RunFields } from '#shared/schemas/run'
import { validate } from '#shared/validation'
import { utcText } from '#shared/clock'
import type { RunClock } from '../../db/repositories/runs'
import { localOf, type Activity } from './activity'
import { fingerprint } from './fingerprint'

export type RunOrReason =
  { ok: true; fields: RunFields; fingerprint: string; clock: RunClock } | { ok: false; reason: string }

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** Optional figures out of the app's range (a cadence of 0, a climb of 30 km) are left out, not refused. */
function within(value: number | null, min: number, max: number): number | null {
  return value !== null && Number.isFinite(value) && value >= min && value <= max ? value : null
}

export function toRun(activity: Activity, athleteId: number): RunOrReason {
  if (activity.problem) return { ok: false, reason: activity.problem }
  const at = activity.row === null ? '' : `Row ${String(activity.row)}: `
  const local = localOf(activity)
  if (activity.startMs === null || local === null) {
    return { ok: false, reason: `${at}The file does not say when this run started.` }
  }
  if (activity.durationSec === null) return { ok: false, reason: `${at}The file gives no duration for this run.` }
  if (activity.durationSec > 24 * 3600) {
    return { ok: false, reason: `${at}This run lasts more than 24 hours, which Backstride cannot store as one run.` }
  }
  const candidate = {
    athleteId,
    date: local.date,
    startTime: local.time,
    durationMin: round(activity.durationSec / 60, 2),
    distanceM: activity.distanceM === null ? null : Math.round(activity.distanceM),
    rpe: activity.rpe,
    cadenceSpm: within(activity.cadenceSpm, 60, 260),
    elevationGainM: within(activity.elevationGainM === null ? null : Math.round(activity.elevationGainM), 0, 20_000),
    surface: activity.surface,
    notes: activity.name.slice(0, 2000),
  }
  const checked = validate(runCreate, candidate)
  if (!checked.ok) return { ok: false, reason: `${at}${checked.first.message}.` }
  return {
    ok: true,
    fields: checked.value,
    clock: {
      startUtc: local.time === null ? null : utcText(activity.startMs),
      utcOffsetMin: local.time === null ? null : activity.offsetMin,
    },
    fingerprint: fingerprint(
      { ms: activity.startMs, timeKnown: local.time !== null, localDate: local.date },
      activity.durationSec,
      activity.distanceM,
    ),
  }
}
