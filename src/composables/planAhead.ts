// What a runner's plan leads to, read off their forecast (plans.forecast, or plans.forecastTeam for the
// group week): the highest ACWR it reaches on a planned day, with the day and its band, in the same words
// as the forecast on the load chart (formatAcwr). Nothing is computed here but the pick of the peak.
import type { AcwrReason, LoadDay } from '#shared/analytics'
import type { PlanForecast } from '#shared/planning'
import { formatDate } from './dates'
import { acwrBand, formatAcwr, type AcwrBand } from './loadText'

export type PlanAhead =
  /** no planned run lies ahead (plannedFrom is null) */
  | { kind: 'nothing_planned' }
  /** every planned day is without a ratio; the reason of the last one (null when the day gives none) */
  | { kind: 'no_ratio'; reason: AcwrReason | null }
  /** the highest ratio on a planned day (the first such day on a tie) */
  | { kind: 'peak'; acwr: number; date: string; band: AcwrBand }

/** The highest EWMA ACWR over the days from `plannedFrom` on: the days whose figures include the plan. */
export function peakAhead(forecast: PlanForecast): PlanAhead {
  const from = forecast.plannedFrom
  if (from === null) return { kind: 'nothing_planned' }
  let peak: { acwr: number; date: string } | null = null
  let last: LoadDay | null = null
  for (const day of forecast.days) {
    if (day.date < from) continue
    last = day
    if (day.acwrEwma !== null && (peak === null || day.acwrEwma > peak.acwr))
      peak = { acwr: day.acwrEwma, date: day.date }
  }
  if (peak) return { kind: 'peak', ...peak, band: acwrBand(peak.acwr) }
  return { kind: 'no_ratio', reason: last?.acwrReason ?? null }
}

/** What the group week's "Plan ahead" column holds, in one sentence for whoever reads it. */
export const PLAN_AHEAD_MEANS =
  'Plan ahead: the highest acute:chronic workload ratio (ACWR) each runner’s plan reaches on a planned day, ' +
  'computed over their actual plus planned days as on their load chart, and the day it falls on.'

/** The cell's words: "1.62 (high)" and "on Sat 12 Dec 2026"; "nothing planned ahead"; "building history". */
export function planAheadText(ahead: PlanAhead): { figure: string; when: string } {
  if (ahead.kind === 'nothing_planned') return { figure: 'nothing planned ahead', when: '' }
  if (ahead.kind === 'no_ratio') return { figure: formatAcwr(null, ahead.reason), when: '' }
  return { figure: formatAcwr(ahead.acwr), when: `on ${formatDate(ahead.date)}` }
}
