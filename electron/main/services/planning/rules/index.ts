// Every plan rule, in the order of PLAN_RULE_IDS; each sees the same context.
import { PLAN_RULE_IDS, type PlanRuleId, type PlanWarning } from '#shared/planning'
import type { PlanContext, PlanRule } from './context'
import { planOnsetCap, planProgression, planSpike } from './load'
import { planHardSurfaces, planRunFrequency, planStrengthBeforeRun, planStrengthCount } from './week'

export type { PlanContext } from './context'

const RULES: Record<PlanRuleId, PlanRule> = {
  plan_spike: planSpike,
  plan_progression: planProgression,
  plan_onset_cap: planOnsetCap,
  plan_run_frequency: planRunFrequency,
  plan_strength_count: planStrengthCount,
  plan_strength_before_run: planStrengthBeforeRun,
  plan_hard_surfaces: planHardSurfaces,
}

export function judgePlan(ctx: PlanContext): PlanWarning[] {
  return PLAN_RULE_IDS.flatMap((id) => RULES[id](ctx))
}
