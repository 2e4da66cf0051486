// A Chart.js plugin for the builds that watch the app from outside: the e2e suite and the benchmark
// (`electron-vite build --mode probe`) and the dev server. The product build leaves it out: BaseChart
// registers it only under __CHART_PROBE__, which electron.vite.config.ts sets from the mode.
//
// - The e2e tests read what a chart drew (datasets, points, scales) from its Chart.js instance, found by
//   the chart's id in globalThis.__backstrideCharts, instead of guessing from pixels.
// - The benchmark (scripts/bench-chart.ts) reads each chart's time from creation to its first frame as the
//   'backstride:chart-first-draw' measure. Chart.js calls afterRender once the render's animations have
//   ended, so an animated first draw counts until the chart stands whole.
import type { Chart, Plugin } from 'chart.js'

export type ChartRegistry = Map<string, Chart>

declare global {
  var __backstrideCharts: ChartRegistry | undefined
}

/** BaseChart names its chart with this attribute on the figure around the canvas. */
export const CHART_ID_ATTRIBUTE = 'data-chart-id'

export const CHART_DRAW_START = 'backstride:chart-draw-start'
export const CHART_DRAW_END = 'backstride:chart-draw-end'
export const CHART_FIRST_DRAW = 'backstride:chart-first-draw'

/** Live charts by id. */
export function chartRegistry(): ChartRegistry {
  return (globalThis.__backstrideCharts ??= new Map())
}

const drawn = new WeakSet<Chart>()

export const chartProbe: Plugin = {
  id: 'backstrideProbe',
  beforeInit() {
    performance.mark(CHART_DRAW_START)
  },
  afterInit(chart) {
    const id = chart.canvas.closest<HTMLElement>(`[${CHART_ID_ATTRIBUTE}]`)?.getAttribute(CHART_ID_ATTRIBUTE)
    if (id) chartRegistry().set(id, chart)
  },
  afterRender(chart) {
    if (drawn.has(chart)) return
    drawn.add(chart)
    performance.mark(CHART_DRAW_END)
    performance.measure(CHART_FIRST_DRAW, CHART_DRAW_START, CHART_DRAW_END)
  },
  afterDestroy(chart) {
    // Chart.js has let go of the canvas by now, so the chart is found by identity: a newer chart under
    // the same id stays.
    const registry = chartRegistry()
    for (const [id, live] of registry) if (live === chart) registry.delete(id)
  },
}
