// @vitest-environment happy-dom
// The chart probe as the e2e suite and the bench use it: charts listed by the id on their figure while
// they live, and one first-draw measure per chart.
import type { Chart } from 'chart.js'
import { afterEach, describe, expect, it } from 'vitest'
import { CHART_FIRST_DRAW, chartProbe, chartRegistry } from './chartProbe'

type Hook = (chart: Chart, args: object, options: object) => void
const hook = (name: 'beforeInit' | 'afterInit' | 'afterRender' | 'afterDestroy') => chartProbe[name] as Hook

/** A chart as the probe sees it: a canvas inside BaseChart's figure. */
function chartIn(id: string | null): Chart {
  const figure = document.createElement('figure')
  if (id !== null) figure.setAttribute('data-chart-id', id)
  const canvas = document.createElement('canvas')
  figure.append(canvas)
  return { canvas } as unknown as Chart
}

function create(chart: Chart) {
  hook('beforeInit')(chart, {}, {})
  hook('afterInit')(chart, {}, {})
}

afterEach(() => {
  chartRegistry().clear()
  performance.clearMarks()
  performance.clearMeasures()
})

describe('chart probe', () => {
  it('lists a live chart under the id on its figure, on globalThis for the e2e tests', () => {
    const chart = chartIn('load-chart')
    create(chart)
    expect(globalThis.__backstrideCharts?.get('load-chart')).toBe(chart)
    hook('afterDestroy')(chart, {}, {})
    expect(globalThis.__backstrideCharts?.has('load-chart')).toBe(false)
  })

  it('keeps the newer chart when an older one under the same id is destroyed after it', () => {
    const older = chartIn('load-chart')
    const newer = chartIn('load-chart')
    create(older)
    create(newer)
    hook('afterDestroy')(older, {}, {})
    expect(chartRegistry().get('load-chart')).toBe(newer)
  })

  it('leaves a chart without an id out of the list', () => {
    create(chartIn(null))
    expect(chartRegistry().size).toBe(0)
  })

  it('measures each chart once, from creation to its first frame', () => {
    const first = chartIn('a')
    const second = chartIn('b')
    create(first)
    hook('afterRender')(first, {}, {})
    hook('afterRender')(first, {}, {})
    create(second)
    hook('afterRender')(second, {}, {})
    expect(performance.getEntriesByName(CHART_FIRST_DRAW)).toHaveLength(2)
  })
})
