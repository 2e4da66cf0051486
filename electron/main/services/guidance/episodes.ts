// Pain episodes: a stretch of back pain, built from the pain reports alone.
//
// - Only reports with a score above 0 belong to an episode; a 0/10 report says the back was fine then
//   and neither starts nor extends one.
// - Two consecutive pain reports belong to the same episode when the later one is at most
//   T.episodeGapDays (14) days after the earlier one (see thresholds.ts for why 14).
// - The coach can close an episode on a day C (episode_closures): reports up to and including C stay in
//   it, the next report after C starts a new episode whatever the gap.
// - An episode is open on `today` when the coach has not closed it and its last report is at most 14 days
//   before today. Reports dated after `today` are ignored, so any day can be replayed.
// - Its length is the span from its first to its last report: days = end − start, weeks = days / 7.
import type { PainEpisode } from '#shared/guidance'
import type { PainReport } from '#shared/types'
import { daysBetween } from '../analytics/days'
import { T } from './thresholds'

interface Draft {
  start: string
  end: string
  reportIds: number[]
  worst: number
}

/** Episodes oldest first. `pain` may be in any order; `closures` are the coach's closing dates. */
export function buildEpisodes(
  athleteId: number,
  pain: readonly PainReport[],
  closures: readonly { closedOn: string }[],
  today: string,
): PainEpisode[] {
  const reports = pain
    .filter((p) => p.score > 0 && p.date <= today)
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.time ?? '', b.time ?? '') || a.id - b.id)
  const closedOn = closures
    .map((c) => c.closedOn)
    .filter((d) => d <= today)
    .sort()
  /** The first closing day on or after `from` and before `until` (exclusive), if any. */
  const closingBetween = (from: string, until: string | null) =>
    closedOn.find((d) => d >= from && (until === null || d < until)) ?? null

  const drafts: Draft[] = []
  let current: Draft | null = null
  for (const report of reports) {
    const sameEpisode: boolean =
      current !== null &&
      daysBetween(current.end, report.date) <= T.episodeGapDays.value &&
      closingBetween(current.end, report.date) === null
    if (current !== null && sameEpisode) {
      current.end = report.date
      current.reportIds.push(report.id)
      current.worst = Math.max(current.worst, report.score)
    } else {
      current = { start: report.date, end: report.date, reportIds: [report.id], worst: report.score }
      drafts.push(current)
    }
  }

  return drafts.map((draft, i) => {
    const next = drafts[i + 1]
    const closed = closingBetween(draft.end, next ? next.start : null)
    const days = daysBetween(draft.start, draft.end)
    return {
      athleteId,
      start: draft.start,
      end: draft.end,
      reports: draft.reportIds.length,
      reportIds: draft.reportIds,
      worst: draft.worst,
      days,
      weeks: Math.round((days / 7) * 10) / 10,
      open: closed === null && daysBetween(draft.end, today) <= T.episodeGapDays.value,
      closedOn: closed,
    }
  })
}

/** The episode still going on `today`, if any (only the last episode can be open). */
export function openEpisode(episodes: readonly PainEpisode[]): PainEpisode | null {
  const last = episodes[episodes.length - 1]
  return last && last.open ? last : null
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
