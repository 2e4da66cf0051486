// The numbers the plan rules use. Most are the guidance rules' own (guidance/thresholds.ts), so a plan is
// judged exactly as the run would be once done; the two below are about timing, which only a plan has.
import type { SourceKey } from '#shared/sources'
import { T } from '../guidance/thresholds'

export { T }

export const PLAN_T = {
  strengthGapHours: {
    value: 4,
    unit: 'h',
    sources: ['seed-003', 'seed-004'] as readonly SourceKey[],
    why: 'On a run day, strength work goes 4–6 hours after the run, not in the hours before it.',
  },
  strengthAfterRunHours: {
    value: 4,
    unit: 'h',
    sources: ['seed-003', 'seed-004'] as readonly SourceKey[],
    why: 'The fix moves strength to 4 hours after the planned run ends (the early end of 4–6 h).',
  },
  /** the surface a "swap the surface" fix proposes */
  softSurface: 'trail' as const,
} as const

/** The largest distance (whole 100 m) or duration (whole minutes) that is not more than 110 % of `longest`. */
export function spikeLimit(longest: number, measure: 'distance' | 'duration'): number {
  // 11·L/10 rather than 1.1·L: the same comparison analytics/spikes.ts makes, free of binary rounding.
  const limit = (11 * longest) / 10
  return measure === 'distance' ? Math.floor(limit / 100 + 1e-9) * 100 : Math.floor(limit + 1e-9)
}

/** `value` scaled by `ratio`, for the other measure of a shortened run: distance to 100 m, time to 1 min. */
export function scaled(value: number | null, ratio: number, measure: 'distance' | 'duration'): number | null {
  if (value === null || value <= 0) return value
  return measure === 'distance'
    ? Math.max(100, Math.floor((value * ratio) / 100) * 100)
    : Math.max(1, Math.round(value * ratio))
}
