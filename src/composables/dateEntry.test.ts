import { describe, expect, it } from 'vitest'
import { dateOrder, parseDateEntry } from './dateEntry'

// Thursday 3 December 2026.
const TODAY = '2026-12-03'
const gb = (text: string) => parseDateEntry(text, TODAY, 'en-GB')
const us = (text: string) => parseDateEntry(text, TODAY, 'en-US')

describe('a typed date', () => {
  it('knows today and yesterday, and any start of the words', () => {
    expect(gb('today')).toBe('2026-12-03')
    expect(gb('t')).toBe('2026-12-03')
    expect(gb('Yesterday')).toBe('2026-12-02')
    expect(gb('y')).toBe('2026-12-02')
  })

  it('takes a weekday as the latest such day, today included', () => {
    expect(gb('mon')).toBe('2026-11-30')
    expect(gb('Mo')).toBe('2026-11-30')
    expect(gb('thu')).toBe('2026-12-03')
    expect(gb('fri')).toBe('2026-11-27')
    expect(gb('sunday')).toBe('2026-11-29')
    expect(gb('tue.')).toBe('2026-12-01')
  })

  it("reads weekdays in the coach's language too", () => {
    expect(parseDateEntry('lun', TODAY, 'fr-FR')).toBe('2026-11-30')
    expect(parseDateEntry('mié', TODAY, 'es-ES')).toBe('2026-12-02')
  })

  it('counts days back from "-3"', () => {
    expect(gb('-3')).toBe('2026-11-30')
  })

  it("reads day and month in the locale's order, the latest such day not after today", () => {
    expect(gb('3/12')).toBe('2026-12-03')
    expect(us('3/12')).toBe('2026-03-12')
    // 12 March 2026 is past; 24 December is still to come this year, so it means last year's.
    expect(gb('24/12')).toBe('2025-12-24')
    expect(parseDateEntry('3.12', TODAY, 'de-DE')).toBe('2026-12-03')
  })

  it('reads full dates, with two- or four-digit years, and ISO', () => {
    expect(gb('3/12/2026')).toBe('2026-12-03')
    expect(us('12/3/26')).toBe('2026-12-03')
    expect(gb('2027-01-05')).toBe('2027-01-05')
    expect(gb('2026/3/9')).toBe('2026-03-09')
  })

  it('refuses what is not a day', () => {
    for (const text of ['', 'm', 'x', 'tomorrow', '31/2', '2026-02-30', '1/2/345', '1/2/3/4', 'abc1']) {
      expect(gb(text), text).toBeNull()
    }
  })

  it('finds the order of the parts from the locale', () => {
    expect(dateOrder('en-GB')).toEqual(['day', 'month', 'year'])
    expect(dateOrder('en-US')).toEqual(['month', 'day', 'year'])
    expect(dateOrder('ja-JP')).toEqual(['year', 'month', 'day'])
  })
})
