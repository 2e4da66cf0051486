// The plan drawn after today on the load chart: planned days as outlined bars and the forecast ratio (or
// acute and chronic load) as dashed lines. Every figure is the server's forecast (plans.forecast), the
// same computation as the history over done plus planned days; nothing is recomputed here.
import type { LoadDay } from '#shared/analytics'
import type { Unit } from '#shared/enums'
import type { PlanForecast } from '#shared/planning'
import { acuteChronicLines, ratioLines } from './loadText'
import type { LoadWindow } from './loadRange'
import type { LoadLines, LoadMetric, LoadModel, LoadSeries, SeriesPoint } from './loadSeries'
import { dayMs, dayValue } from './loadSeries'
import { addDays } from '#shared/dates'

const LINE = {
  forecastAcwr: { label: 'ACWR, with the plan', value: (d: LoadDay) => d.acwrEwma },
  forecastAcute: { label: 'Acute load, with the plan', value: (d: LoadDay) => d.acuteEwma },
  forecastChronic: { label: 'Chronic load, with the plan', value: (d: LoadDay) => d.chronicEwma },
} as const

/** Planned bars and dashed lines from the first planned day to `until` (the lines start on today, joined to the history). */
export function forecastSeries(
  forecast: PlanForecast,
  options: { metric: LoadMetric; lines: LoadLines; unit: Unit; until: string },
): LoadSeries[] {
  const from = forecast.plannedFrom
  if (from === null) return []
  const ahead = forecast.days.filter((d) => d.date >= from && d.date <= options.until)
  const joined = forecast.days.filter((d) => d.date >= forecast.today && d.date <= options.until)
  const bars: LoadSeries = {
    kind: 'planned',
    label: 'Planned (forecast)',
    points: ahead.flatMap((d, i) =>
      d.runCount > 0 ? [{ x: dayMs(d.date, 12), y: dayValue(d, options.metric, options.unit), i }] : [],
    ),
    describe: (i) => {
      const day = ahead[i]
      return day ? [`Planned: ${String(day.runCount)} run${day.runCount === 1 ? '' : 's'}`, ...ratioLines(day)] : []
    },
  }
  const kinds = options.lines === 'acwr' ? (['forecastAcwr'] as const) : (['forecastAcute', 'forecastChronic'] as const)
  const lines = kinds.map((kind): LoadSeries => {
    const points: SeriesPoint[] = []
    joined.forEach((day, i) => {
      const y = LINE[kind].value(day)
      if (y !== null) points.push({ x: dayMs(day.date, 12), y, i })
    })
    return {
      kind,
      label: LINE[kind].label,
      points,
      describe: (i) => {
        const day = joined[i]
        if (!day) return []
        return kind === 'forecastAcwr' ? ratioLines(day) : acuteChronicLines(day)
      },
    }
  })
  return [bars, ...lines]
}

/**
 * The load model with the plan drawn ahead of the window's last day, for at most as many days again as
 * the window shows; weekly bars get no forecast (a planned week is not a day).
 */
export function withForecast(
  model: LoadModel,
  forecast: PlanForecast | null,
  options: { metric: LoadMetric; lines: LoadLines; unit: Unit; window: LoadWindow },
): LoadModel {
  const { window } = options
  if (!forecast || forecast.plannedFrom === null || window.weekly) return model
  const ahead = forecastSeries(forecast, { ...options, until: addDays(window.end, window.days) })
  const last = ahead.flatMap((s) => s.points).reduce((max, p) => Math.max(max, p.x), 0)
  const pain = model.series.findIndex((s) => s.kind === 'pain' || s.kind === 'redFlag')
  const series = [...model.series]
  series.splice(pain < 0 ? series.length : pain, 0, ...ahead)
  // The last planned bar is drawn at noon: the axis ends at the next midnight, as it does for the history.
  return { ...model, series, xMax: Math.max(model.xMax, last + 12 * 3_600_000) }
}
