import { describe, expect, it } from 'vitest'
import { loadWindow } from './loadRange'

describe('loadWindow', () => {
  it('ends on the last day and counts whole days back', () => {
    expect(loadWindow('4w', '2026-03-31', '2025-01-01')).toEqual({
      start: '2026-03-04',
      end: '2026-03-31',
      days: 28,
      weekly: false,
    })
    expect(loadWindow('12w', '2026-03-31', '2025-01-01').days).toBe(84)
    expect(loadWindow('1y', '2026-03-31', '2025-01-01')).toMatchObject({ days: 365, weekly: false })
  })

  it('keeps a fixed range even before the first run, and starts "all" at the first run', () => {
    expect(loadWindow('12w', '2026-03-31', '2026-03-20').start).toBe('2026-01-07')
    expect(loadWindow('all', '2026-03-31', '2026-03-20')).toEqual({
      start: '2026-03-20',
      end: '2026-03-31',
      days: 12,
      weekly: false,
    })
  })

  it('turns to weekly bars from Monday of the first week when the window is longer than 400 days', () => {
    // 2023-04-01 was a Saturday; its ISO week started on Monday 2023-03-27.
    expect(loadWindow('all', '2026-03-31', '2023-04-01')).toMatchObject({ start: '2023-03-27', weekly: true })
    expect(loadWindow('all', '2026-03-31', '2025-03-01').weekly).toBe(false)
  })
})
