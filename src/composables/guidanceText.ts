// The guidance screens' words that the renderer writes itself: a proposal as one line in the coach's
// unit, the traffic light's word, what an acknowledgement did. The alerts' own sentences come from the
// rules in main; nothing here diagnoses.
import {
  RULE_IDS,
  RULE_LABEL,
  type Alert,
  type AlertAcknowledgement,
  type Proposal,
  type RuleId,
  type TrafficColor,
} from '#shared/guidance'
import type { Unit } from '#shared/enums'
import { localIsoDate } from '#shared/dates'
import { formatDistance } from '#shared/units'
import { formatDate } from './dates'

/** The concrete next step, e.g. "Cap runs at 20 min (pain starts around minute 30)". */
export function proposalText(proposal: Proposal, unit: Unit): string {
  switch (proposal.kind) {
    case 'walk_run':
      return `Walk-run intervals or cross-training instead of continuous runs (pain starts around minute ${String(proposal.onsetMinute)}), and a check by a physiotherapist.`
    case 'run_cap':
      return `Cap runs at ${String(proposal.capMinutes)} min (pain starts around minute ${String(proposal.onsetMinute)}), then build up gradually.`
    case 'cadence_step':
      return `${String(Math.round(proposal.currentSpm))} → ${String(proposal.targetSpm)} steps/min with a metronome on easy runs.`
    case 'replace_shoe':
      return (
        `Replace ${proposal.shoeName}: ${formatDistance(proposal.usedDistanceM, unit)} used of ` +
        `${formatDistance(proposal.replaceDistanceM, unit)}.`
      )
    case 'surface_mix':
      return (
        `Mix in trail, track or grass: ${String(proposal.hardSharePct)} % of the distance ` +
        `(${formatDistance(proposal.hardDistanceM, unit)} of ${formatDistance(proposal.totalDistanceM, unit)}) was on road or concrete.`
      )
  }
}

export const TRAFFIC_WORD: Record<TrafficColor | 'none', string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  none: 'No recent reports',
}

export function isRedFlag(alert: Alert): boolean {
  return alert.ruleId === 'red_flag_urgent' || alert.ruleId === 'red_flag'
}

/** The plain instruction a red-flag banner opens with. */
export function redFlagHeadline(alert: Alert): string {
  return alert.level === 'refer_today'
    ? 'Stop running and see a doctor today'
    : 'See a doctor or physiotherapist before more training'
}

/** The rule an alert key names ("rule:athlete:anchor"), for history entries whose alert no longer fires. */
export function ruleOfKey(key: string): RuleId | null {
  const rule = key.split(':')[0] ?? ''
  return (RULE_IDS as readonly string[]).includes(rule) ? (rule as RuleId) : null
}

export function historyTitle(ack: AlertAcknowledgement, current: Alert | undefined): string {
  if (current) return current.title
  const rule = ruleOfKey(ack.alertKey)
  return rule ? `${RULE_LABEL[rule]} (no longer raised)` : 'An alert that is no longer raised'
}

/** "Acknowledged on Tue 31 Mar 2026" or "Snoozed until …"; the stored moment is UTC, shown as a local day. */
export function historyAction(ack: AlertAcknowledgement, today: string): string {
  const on = formatDate(localIsoDate(new Date(ack.acknowledgedAt)))
  if (ack.snoozedUntil === null) return `Acknowledged on ${on}`
  const until = formatDate(ack.snoozedUntil)
  return today < ack.snoozedUntil ? `Snoozed on ${on} until ${until}` : `Snoozed on ${on} until ${until} (shown again)`
}
