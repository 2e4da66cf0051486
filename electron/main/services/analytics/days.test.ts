import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addDays,
  dailySeries,
  daysBetween,
  firstRunDate,
  fromDayNumber,
  isoWeekday,
  isoWeekLabel,
  isoWeekStart,
  toDayNumber,
} from './days'

const originalTz = process.env.TZ
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

describe('calendar-day helpers', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('2026-03-31')).toBe(20543)
    expect(fromDayNumber(20543)).toBe('2026-03-31')
    expect(fromDayNumber(-1)).toBe('1969-12-31')
  })

  it('adds days across month ends, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02')
  })

  it('counts days signed, from the first date to the second', () => {
    expect(daysBetween('2026-03-01', '2026-03-08')).toBe(7)
    expect(daysBetween('2026-03-08', '2026-03-01')).toBe(-7)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
    expect(daysBetween('2026-03-31', '2026-03-31')).toBe(0)
  })

  it('gives the same answers in any time zone, across daylight-saving changes', () => {
    for (const tz of ['UTC', 'Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata']) {
      process.env.TZ = tz
      // 2026-03-29 is the EU spring-forward day, 2026-04-05 Auckland's fall-back day.
      expect(addDays('2026-03-28', 1), tz).toBe('2026-03-29')
      expect(addDays('2026-03-29', 1), tz).toBe('2026-03-30')
      expect(daysBetween('2026-03-28', '2026-04-06'), tz).toBe(9)
      expect(isoWeekStart('2026-03-29'), tz).toBe('2026-03-23')
      expect(dailySeries([], '2026-03-28', '2026-03-31').dates, tz).toEqual([
        '2026-03-28',
        '2026-03-29',
        '2026-03-30',
        '2026-03-31',
      ])
    }
  })

  it('ISO weeks start on Monday: Sunday belongs to the week before', () => {
    expect(isoWeekStart('2026-03-29')).toBe('2026-03-23') // Sunday
    expect(isoWeekStart('2026-03-30')).toBe('2026-03-30') // Monday
    expect(isoWeekStart('2026-01-01')).toBe('2025-12-29') // Thursday, week crosses the year
    expect(isoWeekday('2026-03-30')).toBe(0)
    expect(isoWeekday('2026-03-29')).toBe(6)
    expect(isoWeekday('1970-01-01')).toBe(3) // a Thursday
  })

  it('labels ISO weeks by the year of their Thursday', () => {
    expect(isoWeekLabel('2021-01-03')).toBe('2020-W53')
    expect(isoWeekLabel('2020-12-31')).toBe('2020-W53')
    expect(isoWeekLabel('2024-12-30')).toBe('2025-W01')
    expect(isoWeekLabel('2026-01-01')).toBe('2026-W01')
    expect(isoWeekLabel('2027-01-01')).toBe('2026-W53')
    expect(isoWeekLabel('2026-03-29')).toBe('2026-W13')
    expect(isoWeekLabel('2026-03-30')).toBe('2026-W14')
  })

  it('refuses strings that are not calendar dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-3-1', '2026-03-31T00:00', '', '0050-01-01']) {
      expect(() => toDayNumber(bad), bad).toThrow(RangeError)
    }
    expect(() => fromDayNumber(1.5)).toThrow(RangeError)
  })

  it('addDays and daysBetween undo each other; week starts are Mondays at most 6 days back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 40000 }), fc.integer({ min: -3000, max: 3000 }), (day, n) => {
        const date = fromDayNumber(day)
        expect(toDayNumber(date)).toBe(day)
        expect(daysBetween(date, addDays(date, n))).toBe(n)
        const monday = isoWeekStart(date)
        expect(isoWeekday(monday)).toBe(0)
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0)
        expect(daysBetween(monday, date)).toBeLessThanOrEqual(6)
        expect(new Date(`${monday}T12:00:00Z`).getUTCDay()).toBe(1)
      }),
    )
  })
})

describe('dailySeries', () => {
  const runs = [
    { date: '2026-03-02', distanceM: 8000, durationMin: 45, load: 270 },
    { date: '2026-03-02', distanceM: 3000, durationMin: 20, load: 60 }, // double day: summed
    { date: '2026-03-04', distanceM: null, durationMin: 30, load: 150 }, // treadmill, no distance
    { date: '2026-03-05', distanceM: 10000, durationMin: 55, load: null }, // no RPE yet
    { date: '2026-02-27', distanceM: 5000, durationMin: 28, load: 84 }, // before the range
    { date: '2026-03-09', distanceM: 5000, durationMin: 28, load: 84 }, // after the range
  ]

  it('sums each day, counts rest days as 0 and a run without RPE as 0 load but full distance and time', () => {
    expect(dailySeries(runs, '2026-03-01', '2026-03-06')).toEqual({
      dates: ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
      distanceM: [0, 11000, 0, 0, 10000, 0],
      durationMin: [0, 65, 0, 30, 55, 0],
      load: [0, 330, 0, 150, 0, 0],
    })
  })

  it('a single-day range has one entry, an inverted range none', () => {
    expect(dailySeries(runs, '2026-03-04', '2026-03-04')).toEqual({
      dates: ['2026-03-04'],
      distanceM: [0],
      durationMin: [30],
      load: [150],
    })
    expect(dailySeries(runs, '2026-03-04', '2026-03-03')).toEqual({
      dates: [],
      distanceM: [],
      durationMin: [],
      load: [],
    })
  })

  it('finds the first day of history', () => {
    expect(firstRunDate(runs)).toBe('2026-02-27')
    expect(firstRunDate([])).toBeNull()
  })
})
