// Every guidance rule, in the order of RULE_IDS. The service runs them all on each athlete's context.
import { RULE_IDS } from '#shared/guidance'
import { assessmentRules } from './assessment'
import { cadence } from './cadence'
import { runFrequency } from './frequency'
import { hydration } from './hydration'
import { loadRules } from './load'
import { onsetMinute } from './onsetMinute'
import { painEpisodeRules } from './painEpisode'
import { painMonitoring } from './painMonitoring'
import { redFlagRules } from './redFlags'
import type { Rule } from './rule'
import { shoes } from './shoes'
import { strengthMissing } from './strength'
import { hardSurfaces } from './surfaces'

export type { Rule } from './rule'

const all: Rule[] = [
  ...redFlagRules,
  ...painEpisodeRules,
  painMonitoring,
  onsetMinute,
  ...loadRules,
  shoes,
  hardSurfaces,
  cadence,
  strengthMissing,
  ...assessmentRules,
  runFrequency,
  hydration,
]

// 'referral_first' is not a rule of its own: it runs after these, on what they raised (../referralFirst.ts).
export const RULES: readonly Rule[] = RULE_IDS.filter((id) => id !== 'referral_first').map((id) => {
  const rule = all.find((r) => r.id === id)
  if (!rule) throw new Error(`No guidance rule implements ${id}`)
  return rule
})
