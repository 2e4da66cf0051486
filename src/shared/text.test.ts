// The one formatter every screen and every alert uses: what a coach reads for a date, a week, a count, a name.
import { describe, expect, it } from 'vitest'
import { countOf, datetimeAttr, formatDate, formatDateTime, formatOffset, formatWeek, possessive } from './text'

describe('dates', () => {
  it('writes a day as the app does everywhere, whatever the computer’s time zone', () => {
    expect(formatDate('2026-11-30')).toBe('Mon 30 Nov 2026')
    expect(formatDate('2017-10-08')).toBe('Sun 8 Oct 2017')
    expect(formatDate(null)).toBe('—')
    expect(formatDate('2026-02-30')).toBe('2026-02-30')
  })

  it('keeps a date and its time apart ("Sun 8 Oct 2017, 16:54", never "Sun 8 Oct 201716:54")', () => {
    expect(formatDateTime('2017-10-08', '16:54')).toBe('Sun 8 Oct 2017, 16:54')
    expect(formatDateTime('2017-10-08', '16:54:30')).toBe('Sun 8 Oct 2017, 16:54')
    expect(formatDateTime('2017-10-08', null)).toBe('Sun 8 Oct 2017')
  })

  it('names a week by its Monday, never as "2026-W48"', () => {
    expect(formatWeek('2026-11-23')).toBe('week of Mon 23 Nov 2026')
  })

  it('writes offsets and machine-readable starts', () => {
    expect([formatOffset(120), formatOffset(-270), formatOffset(0), formatOffset(840)]).toEqual([
      'UTC+02:00',
      'UTC−04:30',
      'UTC',
      'UTC+14:00',
    ])
    expect(datetimeAttr('2017-10-08', '16:54', 120)).toBe('2017-10-08T16:54+02:00')
    expect(datetimeAttr('2017-10-08', '10:54', -240)).toBe('2017-10-08T10:54-04:00')
    expect(datetimeAttr('2017-10-08', '16:54')).toBe('2017-10-08T16:54')
    expect(datetimeAttr('2017-10-08', null, 120)).toBe('2017-10-08')
  })
})

describe('plurals and possessives', () => {
  it('counts in the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'single-run spike')).toBe('1 single-run spike')
    expect(countOf(2, 'single-run spike')).toBe('2 single-run spikes')
    expect(countOf(1, 'pain report')).toBe('1 pain report')
    expect(countOf(0, 'pain report')).toBe('0 pain reports')
    expect(countOf(3, 'activity')).toBe('3 activities')
    expect(countOf(2, 'day')).toBe('2 days')
    expect(countOf(2, 'match')).toBe('2 matches')
    expect(countOf(1200, 'run')).toBe('1,200 runs')
    expect(countOf(2, 'file was', 'files were')).toBe('2 files were')
  })

  it('adds ’s to a name, and ’ alone to a name ending in s (“Days’”, never “Days’s”)', () => {
    expect(possessive('Mara K.')).toBe('Mara K.’s')
    expect(possessive('Jonas Days')).toBe('Jonas Days’')
    expect(possessive('Idris')).toBe('Idris’')
  })
})
