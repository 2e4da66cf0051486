import { describe, expect, it } from 'vitest'
import { OLDEST_DAYS, sessionWarnings } from './sessionWarnings'

const TODAY = '2026-12-03'
const session = { date: '2026-12-02', kind: 'strength' as const, completedExercises: ['Glute bridge', 'Bird-dog'] }
const logged = [{ id: 7, date: '2026-12-01', kind: 'strength' as const }]

describe('warnings before a strength or mobility session is saved', () => {
  it('has nothing to say about yesterday’s strength session with its exercises', () => {
    expect(sessionWarnings(session, TODAY, logged)).toEqual([])
  })

  it('says when the date is in the future: tomorrow, not today', () => {
    expect(sessionWarnings({ ...session, date: TODAY }, TODAY, logged)).toEqual([])
    expect(sessionWarnings({ ...session, date: '2026-12-04' }, TODAY, logged)).toEqual([
      { field: 'date', message: 'The date is in the future.' },
    ])
  })

  it('says when the date is more than a year ago, and not at exactly a year', () => {
    expect(OLDEST_DAYS).toBe(365)
    expect(sessionWarnings({ ...session, date: '2025-12-03' }, TODAY, logged)).toEqual([])
    expect(sessionWarnings({ ...session, date: '2025-12-02' }, TODAY, logged)).toEqual([
      { field: 'date', message: 'The date is more than a year ago (Tue 2 Dec 2025).' },
    ])
  })

  it('says when a session of the same kind is already logged that day, but not for the one being edited', () => {
    const again = { ...session, date: '2026-12-01' }
    expect(sessionWarnings(again, TODAY, logged)).toEqual([
      { field: 'kind', message: 'A strength session is already logged on Tue 1 Dec 2026.' },
    ])
    expect(sessionWarnings(again, TODAY, logged, 7)).toEqual([])
    expect(sessionWarnings({ ...again, kind: 'mobility' }, TODAY, logged)).toEqual([])
  })

  it('says when no exercise is listed', () => {
    expect(sessionWarnings({ ...session, completedExercises: [] }, TODAY, logged)).toEqual([
      { field: 'completedExercises', message: 'No exercises are listed: the session is saved without them.' },
    ])
  })
})
