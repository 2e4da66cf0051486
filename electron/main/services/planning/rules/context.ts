// What the plan rules read about one athlete: the runs done, the sessions planned, the runs still ahead,
// and today's pain state and run cap as the guidance rules see them (the same context and the same
// onset-minute rule, so the plan is judged by the cap the coach already sees as an alert).
import { SOURCES, type SourceKey } from '#shared/sources'
import type { Unit } from '#shared/enums'
import type { PlannedSession, PlanRuleId, PlanWarning } from '#shared/planning'
import type { ProgramSummary } from '#shared/programs'
import type { Run } from '#shared/types'
import type { PlanRun } from '../forecast'

export interface PlanContext {
  athleteId: number
  today: string
  unit: Unit
  /** every run logged, any order */
  runs: Run[]
  /** planned sessions from the start of the week two weeks before today onwards */
  planned: PlannedSession[]
  /** planned runs that still lie ahead (see pendingRuns) */
  ahead: PlanRun[]
  /** the open pain episode's first day, or null when no pain is present */
  painSince: string | null
  /** the run cap of the pain-onset rule in minutes, or null when that rule is not raised */
  onsetCap: number | null
  onsetMinute: number | null
  programs: Pick<ProgramSummary, 'id' | 'title' | 'startDate' | 'endDate' | 'status'>[]
}

export type WarningParts = Omit<PlanWarning, 'key' | 'sources'> & { sources: readonly SourceKey[]; anchor: string }

export function makeWarning(ctx: PlanContext, parts: WarningParts): PlanWarning {
  const { anchor, sources, ...rest } = parts
  return {
    ...rest,
    key: `${parts.ruleId}:${String(ctx.athleteId)}:${anchor}`,
    sources: [...new Set(sources)].map((key) => SOURCES[key]),
  }
}

/** A planned session the rules still judge: today or later. */
export const isAhead = (ctx: PlanContext, s: PlannedSession) => s.date >= ctx.today

export type PlanRule = (ctx: PlanContext) => PlanWarning[]
export type { PlanRuleId }
