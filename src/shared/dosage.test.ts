import { describe, expect, it } from 'vitest'
import { dosageInWeek, formatDosage, formatProgression } from './dosage'
import type { ProgramItem } from './programs'

const item = (fields: Partial<ProgramItem>): ProgramItem => ({
  exerciseId: 1,
  session: 'strength',
  sets: 2,
  reps: null,
  holdSec: null,
  sides: 'none',
  restSec: null,
  repsStep: 0,
  holdStep: 0,
  note: '',
  ...fields,
})

describe('formatDosage', () => {
  it.each([
    [item({ sets: 3, holdSec: 20, restSec: 30 }), '3 × 20 s hold · rest 30 s'],
    [item({ reps: 12, sides: 'each' }), '2 × 12 per side'],
    [item({ sets: 3, reps: 15, holdSec: 2 }), '3 × 15, hold 2 s'],
    [item({ sets: 1, holdSec: 60 }), '1 min hold'],
    [item({ sets: 2, holdSec: 30, sides: 'left_first' }), '2 × 30 s hold per side, left first'],
  ])('%j reads "%s"', (dosage, text) => {
    expect(formatDosage(dosage)).toBe(text)
  })
})

describe('weekly progression', () => {
  it('adds the step each week after the first', () => {
    const plank = item({ sets: 3, holdSec: 20, holdStep: 5 })
    expect(dosageInWeek(plank, 1).holdSec).toBe(20)
    expect(dosageInWeek(plank, 6).holdSec).toBe(45)
    expect(formatProgression(plank, 6)).toBe('+5 s hold each week (week 6: 3 × 45 s hold)')
  })

  it('says nothing when the dosage stays the same', () => {
    expect(formatProgression(item({ reps: 10 }), 6)).toBe('')
    expect(formatProgression(item({ reps: 10, repsStep: 2 }), 1)).toBe('')
  })
})

describe('progression wording', () => {
  it('says "rep" for one', () => {
    expect(formatProgression(item({ reps: 8, repsStep: 1 }), 3)).toBe('+1 rep each week (week 3: 2 × 10)')
  })
})

describe('progression stops at the exercise ceiling', () => {
  it('never prints a plank beyond 60 s, the top of its range', () => {
    const plank = item({ sets: 3, holdSec: 45, holdStep: 5 })
    expect(dosageInWeek(plank, 3, { holdSec: 60 }).holdSec).toBe(55)
    expect(dosageInWeek(plank, 6, { holdSec: 60 }).holdSec).toBe(60)
    expect(formatProgression(plank, 6, { holdSec: 60 })).toBe(
      '+5 s hold up to 1 min each week (week 6: 3 × 1 min hold)',
    )
  })

  it('leaves a start the coach set above the ceiling as it is, with no progression line', () => {
    const plank = item({ sets: 3, holdSec: 90, holdStep: 5 })
    expect(dosageInWeek(plank, 6, { holdSec: 60 }).holdSec).toBe(90)
    expect(formatProgression(plank, 6, { holdSec: 60 })).toBe('')
  })
})
