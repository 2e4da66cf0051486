import { describe, expect, it } from 'vitest'
import { animatesLoadChart } from './loadChartConfig'
import { loadWindow } from './loadRange'
import type { LoadModel } from './loadSeries'

const THROUGH = '2026-03-31'

/** A chart whose ratio line has `points` points (a daily window: one a day; a weekly one: one a week). */
function modelWith(points: number): LoadModel {
  const line = Array.from({ length: points }, (_, i) => ({ x: i, y: 1, i }))
  return {
    series: [{ kind: 'acwr', label: 'ACWR (acute ÷ chronic)', points: line, describe: () => [] }],
    xMin: 0,
    xMax: points,
    barAxisTitle: 'Load',
    linesOnBarAxis: true,
    ratioMax: 2,
    summary: '',
  }
}

describe('animatesLoadChart', () => {
  it('draws three years of runs at once: weekly bars and 157 weekly ratio points do not animate', () => {
    const window = loadWindow('all', THROUGH, '2023-04-01')
    expect(window.weekly).toBe(true)
    expect(animatesLoadChart(modelWith(157), window, false)).toBe(false)
  })

  it('animates a twelve-week window of daily bars, unless the coach asked for reduced motion', () => {
    const window = loadWindow('12w', THROUGH, '2023-04-01')
    expect(animatesLoadChart(modelWith(84), window, false)).toBe(true)
    expect(animatesLoadChart(modelWith(84), window, true)).toBe(false)
  })

  it('draws a year of daily points at once (over 200 points a line)', () => {
    expect(animatesLoadChart(modelWith(365), loadWindow('1y', THROUGH, '2023-04-01'), false)).toBe(false)
  })
})
