import type { Alert, AlertLevel, RuleId } from '#shared/guidance'
import type { GuidanceContext } from '../context'

/** One guidance rule: which levels it can raise, and the alerts it raises for an athlete on a day. */
export interface Rule {
  id: RuleId
  levels: readonly AlertLevel[]
  evaluate(ctx: GuidanceContext): Alert[]
}
