// Shared by the planning tests (never imported by the app): the guidance scenario plus short ways to plan
// sessions and read the plan's warnings through the same calls the renderer uses.
import type { MethodInput } from '#shared/contract'
import type { PlannedSession, PlanRuleId, PlanWarning } from '#shared/planning'
import { scenario, TODAY, type Scenario } from './guidance-fixtures'
import { call } from './support'

type PlanInput = Omit<MethodInput<'plans.create'>, 'athleteId' | 'date'>

export interface PlanScenario extends Scenario {
  plan(date: string, fields?: PlanInput): Promise<PlannedSession>
  warnings(ruleId: PlanRuleId): Promise<PlanWarning[]>
  /** applies a warning's one-click fix the way the calendar does: the session with the fix's fields */
  applyFix(warning: PlanWarning): Promise<PlannedSession>
}

export async function planScenario(name?: string): Promise<PlanScenario> {
  const s = await scenario(name)
  const { backend, athleteId } = s
  return {
    ...s,
    plan: (date, fields = {}) => call(backend, 'plans.create', { durationMin: 30, ...fields, athleteId, date }),
    warnings: async (ruleId) =>
      (await call(backend, 'plans.warnings', { athleteId, today: TODAY })).filter((w) => w.ruleId === ruleId),
    applyFix: async (warning) => {
      const fix = warning.fix
      if (!fix) throw new Error(`warning ${warning.key} has no fix`)
      if ('add' in fix) return call(backend, 'plans.create', { ...fix.add, athleteId })
      const all = await call(backend, 'plans.week', {
        athleteId,
        weekStart: warning.weekStart,
        today: TODAY,
      })
      const session = all.sessions.find((x) => x.id === fix.sessionId)
      if (!session) throw new Error(`session ${String(fix.sessionId)} is not in its week`)
      const { uuid: _u, athleteId: _a, load: _l, updatedAt: _t, ...fields } = session
      return call(backend, 'plans.update', { ...fields, ...fix.patch })
    },
  }
}

export function onlyWarning(list: PlanWarning[]): PlanWarning {
  if (list.length !== 1) throw new Error(`expected exactly one warning, got ${JSON.stringify(list, null, 2)}`)
  return list[0] as PlanWarning
}
