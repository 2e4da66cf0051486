import { describe, expect, it } from 'vitest'
import { adherenceAnnotations, withAlpha } from './adherenceBand'
import type { ChartColors } from './chartColors'
import { dayMs } from './loadSeries'

const colors = { adherence: '#1f5fb4', surface: '#ffffff', text: '#111111', muted: '#555555' } as ChartColors

describe('program adherence band', () => {
  it('draws one box per planned program week, Monday to Monday, labelled with its percentage', () => {
    const boxes = adherenceAnnotations(
      [
        { weekStart: '2026-03-02', percent: 100, title: 'Core' },
        { weekStart: '2026-03-09', percent: 50, title: 'Core' },
        { weekStart: '2026-03-16', percent: null, title: 'Core' },
      ],
      colors,
    )
    expect(Object.keys(boxes)).toEqual(['adherence-2026-03-02', 'adherence-2026-03-09'])
    const half = boxes['adherence-2026-03-09']
    expect(half?.xMin).toBe(dayMs('2026-03-09'))
    expect(half?.xMax).toBe(dayMs('2026-03-16'))
    expect(half?.label.content).toBe('50 %')
    // 0.15 + 0.85 × 0.5 = 0.575, which toFixed(2) writes as 0.57 (0.575 is just below it in binary)
    expect(half?.backgroundColor).toBe('rgba(31, 95, 180, 0.57)')
    expect(boxes['adherence-2026-03-02']?.backgroundColor).toBe('rgba(31, 95, 180, 1.00)')
  })

  it('leaves colours it cannot parse unchanged', () => {
    expect(withAlpha('rgb(1 2 3)', 0.5)).toBe('rgb(1 2 3)')
  })
})
