// Referral first (domain.md): while a refer-today or refer alert is open and the coach has not recorded
// "seen by a clinician on <date>, cleared to train" for it, exercise and training advice is held and one
// line says why. A cleared referral leaves the list; a new red flag raises a new alert with a new key,
// which holds the advice again until it too is cleared.
import { HELD_BY_REFERRAL, REFERRAL_LEVELS, RULE_LABEL, type Alert } from '#shared/guidance'
import { type SourceKey } from '#shared/sources'
import type { GuidanceContext } from './context'
import { makeAlert, metric } from './format'

export const isReferral = (alert: Alert) => REFERRAL_LEVELS.includes(alert.level)

/** The referral alerts of a list that no clearance covers. */
export function openReferrals(alerts: readonly Alert[], clearedKeys: ReadonlySet<string>): Alert[] {
  return alerts.filter((a) => isReferral(a) && !clearedKeys.has(a.key))
}

export function referralFirst(ctx: GuidanceContext, raised: readonly Alert[]): Alert[] {
  const cleared = new Set(ctx.clearances.map((c) => c.alertKey))
  const kept = raised.filter((a) => !(isReferral(a) && cleared.has(a.key)))
  const referrals = openReferrals(kept, cleared)
  if (!referrals.length) return kept
  const held = kept.filter((a) => HELD_BY_REFERRAL.includes(a.ruleId))
  if (!held.length) return kept
  const names = [...new Set(held.map((a) => RULE_LABEL[a.ruleId].toLowerCase()))]
  const first = referrals[0] as Alert
  return [
    ...kept.filter((a) => !HELD_BY_REFERRAL.includes(a.ruleId)),
    makeAlert(ctx, {
      ruleId: 'referral_first',
      level: 'info',
      anchor: referrals.map((a) => a.key.slice(a.key.indexOf(':', a.key.indexOf(':') + 1) + 1)).join('+'),
      title: `Exercise advice held until ${ctx.athlete.name} has seen a clinician`,
      message:
        `${String(held.length)} piece${held.length === 1 ? '' : 's'} of exercise and training advice ` +
        `(${names.join(', ')}) ${held.length === 1 ? 'is' : 'are'} held while “${first.title}” is open.`,
      advice:
        'Deal with the referral first. When a clinician has seen the runner and cleared them to train, record it ' +
        'on the referral and the held advice shows again.',
      trigger:
        'A refer-today or refer alert is open and the coach has not recorded that a clinician saw the runner and ' +
        'cleared them to train.',
      evidence: [
        ...referrals.map((a) => metric('Open referral', a.title, a.evidence.find((e) => e.date)?.date ?? null)),
        ...held.map((a) => metric('Held', a.title)),
      ],
      sources: [...new Set(referrals.flatMap((a) => a.sources.map((s) => s.key as SourceKey)))],
    }),
  ]
}
