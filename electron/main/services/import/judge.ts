// Sorts each activity of a file into new / duplicate / skipped / error / future, stages the new runs, and
// lists the first few with the reason a coach reads in the preview.
import type { ActivityPreview, FileResult } from '#shared/transfer'
import { localIsoDate } from '#shared/dates'
import { formatDateTime } from '#shared/text'
import type { ImportsRepo, KnownRun } from '../../db/repositories/imports'
import { localOf, type Activity } from './activity'
import { searchRange, sameActivity } from './fingerprint'
import type { Job } from './jobs'
import { toRun } from './toRun'

/** Activities listed per file in a status answer; the counts cover the rest. */
export const LISTED_PER_FILE = 100
/** Activities that are not runs listed per file; the counts cover the rest. */
const SKIPPED_LISTED = 3

export interface FileInJob {
  job: Job
  index: number
  sourceFile: string
  result: FileResult
  clockNotes: Set<string>
}

/** "Sun 8 Oct 2017, 16:54 (14:54 UTC)": a start as the coach reads it, with the instant compared. */
function startText(date: string, time: string | null, print: string): string {
  const utc = /T(\d{2}:\d{2})Z\|/.exec(print)?.[1]
  return utc && time ? `${formatDateTime(date, time)} (${utc} UTC)` : formatDateTime(date, time)
}

/** Why a run is a duplicate, quoting the two starts that were compared. */
export function duplicateReason(
  candidate: { date: string; startTime: string | null; fingerprint: string },
  twin: KnownRun,
  earlierInImport: boolean,
): string {
  const theirs = startText(twin.date, twin.startTime, twin.fingerprint)
  const ours = startText(candidate.date, candidate.startTime, candidate.fingerprint)
  const dayOnly = candidate.fingerprint.includes('D|')
  const agree = dayOnly
    ? 'same day, same duration and distance'
    : 'same start within a minute, same distance or duration'
  const where = earlierInImport ? 'The same run appears earlier in this import' : 'Already in Backstride'
  return `${where}: that run started ${theirs}, this one ${ours}; ${agree}.`
}

function futureReason(date: string, time: string | null, confirmed: boolean): string {
  const when = formatDateTime(date, time)
  return confirmed
    ? `Dated ${when}, in the future; imported as you confirmed.`
    : `Dated ${when}, which is in the future: check the date on the watch or the file. ` +
        'It is imported only if you confirm runs dated in the future.'
}

export function judgeWith(file: FileInJob, imports: ImportsRepo) {
  const { job, index, sourceFile, result, clockNotes } = file
  const today = localIsoDate(new Date(job.startedMs))
  let skippedListed = 0
  const list = (activity: Activity, status: ActivityPreview['status'], reason: string | null) => {
    if (result.activities.length >= LISTED_PER_FILE) return
    // A Strava export is mostly rides and swims: a few of them say why, the counts say how many.
    if (status === 'skipped' && skippedListed++ >= SKIPPED_LISTED) return
    const local = localOf(activity)
    result.activities.push({
      row: activity.row,
      sport: activity.sport,
      isRun: activity.isRun,
      date: local?.date ?? null,
      startTime: local?.time ?? null,
      offsetMin: activity.offsetMin,
      durationMin: activity.durationSec === null ? null : activity.durationSec / 60,
      distanceM: activity.distanceM,
      cadenceSpm: activity.cadenceSpm,
      elevationGainM: activity.elevationGainM,
      status,
      reason,
    })
  }
  return (activity: Activity) => {
    result.counts.activities++
    if (!activity.isRun) {
      result.counts.skipped++
      list(activity, 'skipped', activity.note ?? 'Not a run.')
      return
    }
    const run = toRun(activity, job.athleteId)
    if (!run.ok) {
      result.counts.errors++
      list(activity, 'error', run.reason)
      return
    }
    if (activity.clockNote) clockNotes.add(activity.clockNote)
    // The preview lists the run on its own clock, as it will be stored.
    const listed = { ...activity, local: { date: run.fields.date, time: run.fields.startTime } }
    const { from, to } = searchRange(run.fingerprint)
    const print = { fingerprint: run.fingerprint, durationMin: run.fields.durationMin, distanceM: run.fields.distanceM }
    const twin = imports.known(job.athleteId, job.id, from, to).find((known) => sameActivity(print, known))
    if (twin) {
      result.counts.duplicates++
      const earlier =
        twin.id === null || job.ranges.some((r) => twin.id !== null && twin.id >= r.first && twin.id <= r.last)
      list(listed, 'duplicate', duplicateReason({ ...run.fields, fingerprint: run.fingerprint }, twin, earlier))
      return
    }
    const future = run.clock.startUtc !== null ? (activity.startMs ?? 0) > job.startedMs : run.fields.date > today
    if (future && !job.confirmFuture) {
      result.counts.future++
      list(listed, 'future', futureReason(run.fields.date, run.fields.startTime, false))
      return
    }
    imports.stage({
      jobId: job.id,
      fileIndex: index,
      fields: run.fields,
      sourceFile,
      fingerprint: run.fingerprint,
      clock: run.clock,
    })
    result.counts.runs++
    list(listed, 'new', future ? futureReason(run.fields.date, run.fields.startTime, true) : activity.note)
  }
}
