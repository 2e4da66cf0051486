// The load chart's content, independent of the chart library: which bars, lines and pain points fall in
// the window, where they sit on the time axis, and what each one says when the coach points at it.
import type { AthleteLoad, LoadDay, RunSpike, WeekSummary } from '#shared/analytics'
import { addDays, isoWeekStart } from '#shared/dates'
import { PAIN_TIMINGS, type PainTiming, type Unit } from '#shared/enums'
import { PAIN_TIMING_LABEL } from '#shared/labels'
import type { PainReport, Run } from '#shared/types'
import { formatDistance, metresToUnit } from '#shared/units'
import { formatDate } from './dates'
import { inWindow, type LoadWindow } from './loadRange'
import { acuteChronicLines, dayLines, formatAcwr, painLines, ratioLines, spikeSummary, weekLines } from './loadText'
import { countOf } from '#shared/text'

export type LoadMetric = 'load' | 'distance' | 'duration'
export type LoadLines = 'acwr' | 'acuteChronic'

export const LOAD_METRIC_LABEL: Record<LoadMetric, string> = { load: 'Load', distance: 'Distance', duration: 'Time' }

export type SeriesKind = 'bars' | 'spikes' | 'acwr' | 'acute' | 'chronic' | 'pain' | 'redFlag'

/** A point as the chart reads it (x in ms, local time); `i` points back at what it shows, for its tooltip. */
export interface SeriesPoint {
  x: number
  y: number
  i: number
}

export interface LoadSeries {
  kind: SeriesKind
  label: string
  points: SeriesPoint[]
  /** pain timing of each point (pain and red-flag series), to shape it */
  timings?: PainTiming[]
  describe: (i: number) => string[]
}

export interface LoadSeriesInput {
  load: AthleteLoad
  runs: readonly Run[]
  pain: readonly PainReport[]
  window: LoadWindow
  metric: LoadMetric
  lines: LoadLines
  unit: Unit
}

export interface LoadModel {
  series: LoadSeries[]
  xMin: number
  xMax: number
  barAxisTitle: string
  /** acute and chronic load share the bars' axis when the bars are load too */
  linesOnBarAxis: boolean
  ratioMax: number
  /** the chart in one paragraph, for screen readers */
  summary: string
}

const HOUR = 3_600_000

/** A calendar day at a local hour as the chart's time axis reads it. */
export function dayMs(iso: string, hour = 0): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number)
  return new Date(y, m - 1, d, hour).getTime()
}

function painMs(report: PainReport): number {
  if (!report.time) return dayMs(report.date, 12)
  const [h = 12, min = 0] = report.time.split(':').map(Number)
  return dayMs(report.date) + h * HOUR + min * 60_000
}

export function barAxisTitle(metric: LoadMetric, unit: Unit, weekly: boolean): string {
  if (metric === 'load') return 'Load (duration × RPE)'
  if (metric === 'distance') return `Distance (${unit})`
  return weekly ? 'Time (h)' : 'Time (min)'
}

function dayValue(day: LoadDay, metric: LoadMetric, unit: Unit): number {
  if (metric === 'load') return day.load
  return metric === 'distance' ? metresToUnit(day.distanceM, unit) : day.durationMin
}

function weekValue(week: WeekSummary, metric: LoadMetric, unit: Unit): number {
  if (metric === 'load') return week.load
  return metric === 'distance' ? metresToUnit(week.distanceM, unit) : week.durationMin / 60
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

function barSeries(input: LoadSeriesInput, days: LoadDay[]): { bars: LoadSeries; spikes: LoadSeries } {
  const { load, window, metric, unit } = input
  const spikes = load.spikes.filter((s) => inWindow(s.date, window))
  const weekly = window.weekly
  const noun = `${weekly ? 'Weekly' : 'Daily'} ${LOAD_METRIC_LABEL[metric].toLowerCase()}`
  const label = metric === 'load' ? noun : `${noun} (${metric === 'distance' ? unit : weekly ? 'h' : 'min'})`
  const spikesAt = groupBy(spikes, (s) => (weekly ? isoWeekStart(s.date) : s.date))
  let bars: { key: string; x: number; y: number; describe: () => string[] }[]
  if (weekly) {
    bars = load.weeks
      .filter((w) => inWindow(w.weekStart, window))
      .map((week) => ({
        key: week.weekStart,
        x: dayMs(addDays(week.weekStart, 3), 12),
        y: weekValue(week, metric, unit),
        describe: () => [
          ...weekLines(week, unit),
          ...(spikesAt.get(week.weekStart) ?? []).map((s) => spikeSummary(s, unit)),
        ],
      }))
  } else {
    const runsByDay = groupBy(input.runs, (r) => r.date)
    bars = days.map((day) => ({
      key: day.date,
      x: dayMs(day.date, 12),
      y: dayValue(day, metric, unit),
      describe: () => dayLines(day, runsByDay.get(day.date) ?? [], spikesAt.get(day.date) ?? [], unit),
    }))
  }
  const spikeBars = bars.map((bar, i) => ({ bar, i })).filter(({ bar }) => spikesAt.has(bar.key))
  return {
    bars: {
      kind: 'bars',
      label,
      points: bars.map((b, i) => ({ x: b.x, y: b.y, i })),
      describe: (i) => bars[i]?.describe() ?? [],
    },
    spikes: {
      kind: 'spikes',
      label: 'Single-run spike',
      points: spikeBars.map(({ bar, i }) => ({ x: bar.x, y: bar.y, i })),
      describe: (i) => bars[i]?.describe() ?? [],
    },
  }
}

function lineSeries(kind: 'acwr' | 'acute' | 'chronic', days: LoadDay[]): LoadSeries {
  const value = (d: LoadDay) => (kind === 'acwr' ? d.acwrEwma : kind === 'acute' ? d.acuteEwma : d.chronicEwma)
  const label = { acwr: 'ACWR (acute ÷ chronic)', acute: 'Acute load (7-day)', chronic: 'Chronic load (28-day)' }[kind]
  const points: SeriesPoint[] = []
  days.forEach((day, i) => {
    const y = value(day)
    if (y !== null) points.push({ x: dayMs(day.date, 12), y, i })
  })
  const describe = (i: number) => {
    const day = days[i]
    if (!day) return []
    return kind === 'acwr' ? ratioLines(day) : acuteChronicLines(day)
  }
  return { kind, label, points, describe }
}

function painSeries(reports: PainReport[]): LoadSeries[] {
  const point = (r: PainReport, i: number) => ({ x: painMs(r), y: r.score, i })
  const byTiming = PAIN_TIMINGS.map((timing): LoadSeries => {
    const own = reports.filter((r) => r.timing === timing && r.redFlags.length === 0)
    return {
      kind: 'pain',
      label: `Pain · ${PAIN_TIMING_LABEL[timing]}`,
      points: own.map(point),
      describe: (i) => painLines(own[i] as PainReport),
    }
  })
  const flagged = reports.filter((r) => r.redFlags.length > 0)
  const redFlag: LoadSeries = {
    kind: 'redFlag',
    label: 'Red flag reported',
    points: flagged.map(point),
    timings: flagged.map((r) => r.timing),
    describe: (i) => painLines(flagged[i] as PainReport),
  }
  return [...byTiming.map((s, k) => ({ ...s, timings: s.points.map(() => PAIN_TIMINGS[k] as PainTiming) })), redFlag]
}

function summaryOf(input: LoadSeriesInput, days: LoadDay[], pain: PainReport[], spikes: RunSpike[]): string {
  const { window, unit } = input
  const runs = days.reduce((n, d) => n + d.runCount, 0)
  const distance = days.reduce((n, d) => n + d.distanceM, 0)
  const load = days.reduce((n, d) => n + d.load, 0)
  const last = days.at(-1)
  const worst = pain.reduce((n, p) => Math.max(n, p.score), 0)
  return [
    `From ${formatDate(window.start)} to ${formatDate(window.end)}: ${countOf(runs, 'run')}, ${formatDistance(distance, unit)}, total load ${String(Math.round(load))}.`,
    last ? `ACWR on the last day ${formatAcwr(last.acwrEwma)}.` : '',
    pain.length ? `${countOf(pain.length, 'pain report')}, worst ${String(worst)}/10.` : 'No pain reports.',
    spikes.length ? `${countOf(spikes.length, 'single-run spike')}.` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

export function buildLoadModel(input: LoadSeriesInput): LoadModel {
  const { load, window, metric, lines } = input
  const days = load.days.filter((d) => inWindow(d.date, window))
  const pain = input.pain.filter((p) => inWindow(p.date, window)).sort((a, b) => painMs(a) - painMs(b))
  const { bars, spikes } = barSeries(input, days)
  const ratio = lines === 'acwr' ? [lineSeries('acwr', days)] : [lineSeries('acute', days), lineSeries('chronic', days)]
  const maxRatio = Math.max(0, ...(ratio[0]?.kind === 'acwr' ? ratio[0].points.map((p) => p.y) : []))
  const end = window.weekly ? addDays(isoWeekStart(window.end), 7) : addDays(window.end, 1)
  return {
    series: [bars, spikes, ...ratio, ...painSeries(pain)],
    xMin: dayMs(window.start),
    xMax: dayMs(end),
    barAxisTitle: barAxisTitle(metric, input.unit, window.weekly),
    linesOnBarAxis: metric === 'load',
    ratioMax: Math.max(2, (Math.ceil(maxRatio * 10) + 1) / 10),
    summary: summaryOf(
      input,
      days,
      pain,
      load.spikes.filter((s) => inWindow(s.date, window)),
    ),
  }
}
