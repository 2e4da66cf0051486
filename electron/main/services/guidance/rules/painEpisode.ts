// Rules on the current pain episode (episodes.ts): pain that lasts more than 8 weeks, pain that spreads
// below the knee, and pain that stretching does not ease (seed 001 names all three as reasons to see a
// doctor). Only the open episode counts: an old, settled episode is history, not a reason to refer now.
// Each alert is keyed by the episode's first day, so one acknowledgement covers the episode.
import type { Alert, PainEpisode } from '#shared/guidance'
import type { PainReport } from '#shared/types'
import type { GuidanceContext } from '../context'
import { makeAlert, metric, painEvidence } from '../format'
import { T } from '../thresholds'
import type { Rule } from './rule'
import { countOf, formatDate, possessive } from '#shared/text'

function episodeReports(ctx: GuidanceContext, episode: PainEpisode): PainReport[] {
  const ids = new Set(episode.reportIds)
  return ctx.pain.filter((p) => ids.has(p.id))
}

/** "8 weeks 1 day" */
export function spanText(days: number): string {
  const weeks = Math.floor(days / 7)
  const rest = days % 7
  const w = countOf(weeks, 'week')
  return rest === 0 ? w : `${w} ${countOf(rest, 'day')}`
}

const episodeMetric = (e: PainEpisode) =>
  metric(
    'Current pain episode',
    `${spanText(e.days)} (${formatDate(e.start)} to ${formatDate(e.end)}), ${countOf(e.reports, 'report')}, worst ${String(e.worst)}/10`,
    e.start,
  )

export const painLasting: Rule = {
  id: 'pain_lasting',
  levels: ['refer'],
  evaluate(ctx): Alert[] {
    const episode = ctx.openEpisode
    if (!episode || episode.days <= T.painLastingDays.value) return []
    const reports = episodeReports(ctx, episode)
    const first = reports[0]
    const last = reports[reports.length - 1]
    const name = ctx.athlete.name
    return [
      makeAlert(ctx, {
        ruleId: 'pain_lasting',
        level: 'refer',
        anchor: `episode-${episode.start}`,
        title: `Back pain for more than ${spanText(T.painLastingDays.value)}`,
        message:
          `${name} has reported back pain for ${spanText(episode.days)}, from ${formatDate(episode.start)} to ${formatDate(episode.end)}, ` +
          `with no pain-free stretch longer than ${String(T.episodeGapDays.value)} days.`,
        advice:
          `Suggest that ${name} sees a doctor or physiotherapist: pain that lasts this long deserves a proper ` +
          'assessment. Keep the training easy until then.',
        trigger:
          `The current pain episode spans more than ${String(T.painLastingDays.value / 7)} weeks from its first to ` +
          `its last report (reports more than ${String(T.episodeGapDays.value)} days apart start a new episode).`,
        evidence: [
          episodeMetric(episode),
          ...(first ? [painEvidence(first)] : []),
          ...(last ? [painEvidence(last)] : []),
        ],
        sources: ['seed-001'],
      }),
    ]
  },
}

export const painSpreading: Rule = {
  id: 'pain_spreading',
  levels: ['refer'],
  evaluate(ctx): Alert[] {
    const episode = ctx.openEpisode
    if (!episode) return []
    const below = episodeReports(ctx, episode).filter((p) => p.location === 'below_knee')
    if (below.length === 0) return []
    const name = ctx.athlete.name
    return [
      makeAlert(ctx, {
        ruleId: 'pain_spreading',
        level: 'refer',
        anchor: `episode-${episode.start}`,
        title: 'Pain reaching below the knee',
        message: `${name} reported pain below the knee, in the calf or foot, during the current episode.`,
        advice:
          `Pain that travels down into the calf or foot is a reason to see a doctor or physiotherapist. Suggest ` +
          `that ${name} books an appointment before the training builds up again.`,
        trigger: 'A pain report of the current episode gives its location as below the knee, calf or foot.',
        evidence: below.map((p) => painEvidence(p)),
        sources: ['seed-001'],
      }),
    ]
  },
}

export const painNotEasing: Rule = {
  id: 'pain_not_easing',
  levels: ['refer'],
  evaluate(ctx): Alert[] {
    const episode = ctx.openEpisode
    if (!episode) return []
    const notEased = episodeReports(ctx, episode).filter((p) => p.easedByStretching === 'no')
    if (notEased.length < T.notEasingReports.value) return []
    const name = ctx.athlete.name
    return [
      makeAlert(ctx, {
        ruleId: 'pain_not_easing',
        level: 'refer',
        anchor: `episode-${episode.start}`,
        title: 'Pain not easing with stretching',
        message: `${possessive(name)} back pain is still there and stretching did not ease it in ${countOf(notEased.length, 'report')}.`,
        advice:
          `Suggest that ${name} sees a physiotherapist (or a doctor): when stretching does not help, someone ` +
          'should look at what is behind the pain.',
        trigger:
          `At least ${String(T.notEasingReports.value)} reports of the current pain episode say stretching did not ` +
          'ease the pain.',
        evidence: [
          episodeMetric(episode),
          ...notEased.map((p) => painEvidence(p, `${String(p.score)}/10, not eased by stretching`)),
        ],
        sources: ['seed-001'],
      }),
    ]
  },
}

export const painEpisodeRules: Rule[] = [painLasting, painSpreading, painNotEasing]
