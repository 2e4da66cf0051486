// The plan drawn after today on the load chart: planned days as outlined bars and the forecast ratio (or
// acute and chronic load) as dashed lines. Every figure is the server's forecast (plans.forecast), the
// same computation as the history over done plus planned days; nothing is recomputed here.
import type { LoadDay } from '#shared/analytics'
import type { Unit } from '#shared/enums'
import type { PlanForecast } from '#shared/planning'
import { acuteChronicLines, ratioLines } from './loadText'
import type { LoadLines, LoadMetric, LoadSeries, SeriesPoint } from './loadSeries'
import { dayMs, dayValue } from './loadSeries'

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
