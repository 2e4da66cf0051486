import { describe, expect, it } from 'vitest'
import { runWarnings } from './runWarnings'

const TODAY = '2026-12-03'
const run = { date: '2026-12-02', durationMin: 45, distanceM: 8200, rpe: 6 }

describe('warnings before a run is saved', () => {
  it('has nothing to say about a 45 min, 8.2 km run with an RPE', () => {
    expect(runWarnings(run, TODAY, 'km')).toEqual([])
  })

  it('catches the run typed one field off: 8 min 12 s for 4 km is 2:03/km', () => {
    expect(runWarnings({ ...run, durationMin: 8.2, distanceM: 4000 }, TODAY, 'km')).toEqual([
      { field: 'distanceM', message: 'A pace of 2:03/km is faster than 2:30/km.' },
    ])
  })

  it('gives the pace and its limit in miles for a coach who uses miles', () => {
    // 8.2 min over 4 km = 2.05 min/km = 3:18/mi; 2:30/km = 4:01/mi.
    expect(runWarnings({ ...run, durationMin: 8.2, distanceM: 4000 }, TODAY, 'mi')[0]?.message).toBe(
      'A pace of 3:18/mi is faster than 4:01/mi.',
    )
  })

  it('says when the pace is slower than 15:00/km, and not at exactly 15:00 or 2:30', () => {
    expect(runWarnings({ ...run, durationMin: 61, distanceM: 4000 }, TODAY, 'km')).toEqual([
      { field: 'distanceM', message: 'A pace of 15:15/km is slower than 15:00/km.' },
    ])
    expect(runWarnings({ ...run, durationMin: 60, distanceM: 4000 }, TODAY, 'km')).toEqual([])
    expect(runWarnings({ ...run, durationMin: 10, distanceM: 4000 }, TODAY, 'km')).toEqual([])
  })

  it('warns about more than 5 hours, a future date and a missing RPE', () => {
    expect(runWarnings({ date: '2026-12-04', durationMin: 301, distanceM: null, rpe: null }, TODAY, 'km')).toEqual([
      { field: 'date', message: 'The date is in the future.' },
      { field: 'durationMin', message: 'The run lasted 5:01:00, more than 5 hours.' },
      { field: 'rpe', message: 'No session RPE: this run adds no training load until one is entered.' },
    ])
    expect(runWarnings({ ...run, durationMin: 300, distanceM: null }, TODAY, 'km')).toEqual([])
  })
})
