// Turns the load model into Chart.js data and options. Only chart.js *types* are imported here: the one
// module that loads chart.js at run time is components/common/BaseChart.vue.
import type { ChartData, ChartDataset, ChartOptions, PointStyle } from 'chart.js'
import type { PainTiming } from '#shared/enums'
import type { ChartColors } from './chartColors'
import type { LoadWindow } from './loadRange'
import type { LoadModel, LoadSeries, SeriesPoint } from './loadSeries'
import { adherenceAnnotations, adherenceAxis, adherencePad, type AdherenceBandWeek } from './adherenceBand'
import { ACWR_BANDS } from './loadText'

/** Each timing has its own shape as well as its own colour, so the chart reads without colour too. */
export const TIMING_POINT_STYLE: Record<PainTiming, PointStyle> = {
  before: 'rectRot',
  during: 'triangle',
  after: 'rect',
  later: 'rectRounded',
  next_morning: 'circle',
}

type LoadDataset = ChartDataset<'bar' | 'line', SeriesPoint[]>

/** A daily window up to this many points a line animates its changes; longer ones are drawn at once. */
const ANIMATE_UP_TO_POINTS = 200

/**
 * Whether the chart animates (its first draw and its changes). A weekly window never does, however few
 * its weekly points: it is drawn at once, as it was when its lines had a point per day. An animated chart
 * is only whole when its animation ends (on a busy machine 0.4–1 s for the 3-year chart instead of ~0.06 s).
 */
export function animatesLoadChart(model: LoadModel, window: LoadWindow, reducedMotion: boolean): boolean {
  if (reducedMotion || window.weekly) return false
  return Math.max(0, ...model.series.map((s) => s.points.length)) <= ANIMATE_UP_TO_POINTS
}

function dataset(series: LoadSeries, model: LoadModel, colors: ChartColors): LoadDataset {
  const base = { label: series.label, data: series.points }
  switch (series.kind) {
    case 'bars':
      return {
        ...base,
        type: 'bar',
        yAxisID: 'y',
        backgroundColor: colors.bar,
        hoverBackgroundColor: colors.barWeek,
        barPercentage: 0.9,
        categoryPercentage: 1,
        grouped: false,
        order: 3,
      }
    // A bar holding a single-run spike is drawn again over itself, in the caution colour.
    case 'spikes':
      return {
        ...base,
        type: 'bar',
        yAxisID: 'y',
        backgroundColor: colors.spike,
        hoverBackgroundColor: colors.spike,
        barPercentage: 0.9,
        categoryPercentage: 1,
        grouped: false,
        order: 2,
      }
    // The plan ahead: outlined (unfilled) bars and dashed lines, so nobody reads a forecast as something done.
    case 'planned':
      return {
        ...base,
        type: 'bar',
        yAxisID: 'y',
        backgroundColor: 'transparent',
        borderColor: colors.barWeek,
        borderWidth: 1.5,
        borderSkipped: false,
        barPercentage: 0.9,
        categoryPercentage: 1,
        grouped: false,
        order: 3,
      }
    case 'forecastAcwr':
    case 'forecastAcute':
    case 'forecastChronic': {
      const onBars = series.kind !== 'forecastAcwr' && model.linesOnBarAxis
      const color =
        series.kind === 'forecastAcute'
          ? colors.acute
          : series.kind === 'forecastChronic'
            ? colors.chronic
            : colors.acwr
      return {
        ...base,
        type: 'line',
        yAxisID: onBars ? 'y' : 'yRight',
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2,
        borderDash: [3, 4],
        pointRadius: 0,
        pointHitRadius: 5,
        tension: 0,
        order: 1,
      }
    }
    case 'acwr':
    case 'acute':
    case 'chronic': {
      const onBars = series.kind !== 'acwr' && model.linesOnBarAxis
      const color = series.kind === 'acute' ? colors.acute : series.kind === 'chronic' ? colors.chronic : colors.acwr
      return {
        ...base,
        type: 'line',
        yAxisID: onBars ? 'y' : 'yRight',
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2,
        borderDash: series.kind === 'chronic' ? [6, 4] : [],
        pointRadius: 0,
        pointHitRadius: 5,
        pointHoverRadius: 4,
        tension: 0,
        // a NaN point (no ratio while building history) breaks the line instead of bridging the days
        spanGaps: false,
        indexAxis: 'x',
        order: 1,
      }
    }
    default: {
      const timings = series.timings ?? []
      const flag = series.kind === 'redFlag'
      const fill = (i: number) => colors.pain[timings[i] ?? 'during']
      return {
        ...base,
        type: 'line',
        yAxisID: 'yPain',
        showLine: false,
        pointStyle: timings.map((t) => TIMING_POINT_STYLE[t]),
        pointRadius: flag ? 9 : 5,
        pointHoverRadius: flag ? 11 : 7,
        pointBackgroundColor: flag ? colors.redFlag : timings.map((_, i) => fill(i)),
        pointBorderColor: flag ? colors.text : colors.surface,
        pointBorderWidth: flag ? 2.5 : 1,
        backgroundColor: flag ? colors.redFlag : fill(0),
        borderColor: flag ? colors.text : colors.surface,
        // drawn last, over any report of the same moment
        order: flag ? -1 : 0,
        // a report on the window's first or last day shows whole, not cut at the edge
        clip: 12,
      }
    }
  }
}

export function loadChartData(model: LoadModel, colors: ChartColors): ChartData<'bar' | 'line', SeriesPoint[]> {
  return { datasets: model.series.map((series) => dataset(series, model, colors)) }
}

function bandAnnotations(model: LoadModel, colors: ChartColors, show: boolean) {
  return Object.fromEntries(
    ACWR_BANDS.map(({ band, from, to }) => [
      `band-${band}`,
      {
        type: 'box' as const,
        display: show,
        yScaleID: 'yRight',
        yMin: from,
        yMax: to ?? model.ratioMax,
        backgroundColor: colors.bands[band],
        borderWidth: 0,
        drawTime: 'beforeDatasetsDraw' as const,
        label: {
          display: true,
          content: band,
          position: { x: 'end' as const, y: 'center' as const },
          color: colors.muted,
          font: { size: 11 },
          padding: 2,
        },
      },
    ]),
  )
}

export function loadChartOptions(
  model: LoadModel,
  colors: ChartColors,
  options: { ratio: boolean; animate: boolean; adherence?: readonly AdherenceBandWeek[] },
): ChartOptions<'bar' | 'line'> {
  const band = (options.adherence ?? []).some((w) => w.percent !== null)
  const rightAxis = options.ratio || !model.linesOnBarAxis
  const grid = { color: colors.grid }
  const ticks = { color: colors.muted }
  const title = (text: string) => ({ display: true, text, color: colors.muted })
  return {
    responsive: true,
    maintainAspectRatio: false,
    parsing: false,
    animation: options.animate ? { duration: 200 } : false,
    interaction: { mode: 'nearest', intersect: true },
    layout: { padding: { top: 8 } },
    scales: {
      x: {
        type: 'time',
        min: model.xMin,
        max: model.xMax,
        offset: false,
        time: { minUnit: 'day', displayFormats: { day: 'd MMM', week: 'd MMM', month: 'MMM yyyy' } },
        ticks: { ...ticks, maxRotation: 0, autoSkipPadding: 12 },
        grid,
      },
      // Load on top, pain below, sharing the time axis: two stacked panels (three with the program
      // adherence band at the bottom). Chart.js lays a left-hand stack out from the bottom up and a
      // right-hand one from the top down, in the order listed here…
      yPain: {
        position: 'left',
        stack: 'left',
        stackWeight: 1.4,
        offset: true,
        min: 0,
        max: 10,
        title: title('Pain (0–10)'),
        ticks: { ...ticks, stepSize: 5 },
        grid,
      },
      y: {
        position: 'left',
        stack: 'left',
        stackWeight: 3,
        beginAtZero: true,
        title: title(model.barAxisTitle),
        ticks,
        grid,
      },
      ...(band ? { yAdherence: adherenceAxis(colors) } : {}),
      // …and on the right the ratio (or acute/chronic load when the bars are distance or time), with an
      // empty partner below it of the pain panel's weight, so it lines up with the load panel.
      yRight: {
        display: rightAxis,
        position: 'right',
        stack: 'right',
        stackWeight: 3,
        min: 0,
        max: options.ratio ? model.ratioMax : undefined,
        beginAtZero: true,
        title: title(options.ratio ? 'ACWR' : 'Acute / chronic load (per day)'),
        ticks,
        grid: { drawOnChartArea: false },
      },
      yRightPad: {
        display: rightAxis,
        position: 'right',
        stack: 'right',
        stackWeight: 1.4,
        ticks: { display: false },
        grid: { display: false },
        border: { display: false },
      },
      ...(band ? { yRightAdherencePad: { ...adherencePad, display: rightAxis } } : {}),
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          color: colors.text,
          usePointStyle: true,
          boxHeight: 8,
          sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          filter: (item, data) => (data.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0,
        },
      },
      annotation: {
        annotations: {
          ...bandAnnotations(model, colors, options.ratio),
          ...(band ? adherenceAnnotations(options.adherence ?? [], colors) : {}),
        },
      },
    },
  }
}
