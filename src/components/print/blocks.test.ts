import { describe, expect, it } from 'vitest'
import type { Exercise, ProgramItem, ProgramSheet } from '#shared/programs'
import { sheetBlocks, sheetCards } from './blocks'

const exercise = (id: number, name: string): Exercise => ({
  id,
  key: null,
  name,
  category: 'mobility',
  targets: ['hamstrings'],
  sets: 1,
  reps: null,
  holdSec: 30,
  sides: 'each',
  restSec: null,
  dosageNote: '',
  cues: ['One.', 'Two.'],
  stopIf: 'Stop if it hurts.',
  illustration: null,
  builtIn: false,
  edited: false,
  usageCount: 0,
})
const item = (exerciseId: number, session: ProgramItem['session']): ProgramItem => ({
  exerciseId,
  session,
  sets: 1,
  reps: null,
  holdSec: 30,
  sides: 'each',
  restSec: null,
  repsStep: 0,
  holdStep: 0,
  note: '',
})

function sheet(items: ProgramItem[], weeks = 3, coachNotes = ''): ProgramSheet {
  return {
    program: {
      id: 1,
      athleteId: 1,
      title: 'T',
      startDate: '2026-03-16',
      weeks,
      goal: '',
      coachName: '',
      coachNotes,
      status: 'draft',
      runDays: [1, 3, 5],
      strengthPerWeek: 2,
      mobilityPerDay: 2,
      items,
      rationale: [],
      createdAt: '',
      updatedAt: '',
    },
    athlete: { id: 1, name: 'Elin', goal: '' },
    safety: { coachName: '', coachPhone: '', notices: [] },
    exercises: [exercise(1, 'Standing hamstring stretch'), exercise(2, 'Foam rolling')],
    endDate: '2026-04-05',
  }
}

describe('sheet blocks', () => {
  it('print one card per exercise, listing every session it belongs to in the order of a run day', () => {
    const s = sheet([item(1, 'mobility'), item(2, 'cooldown'), item(1, 'cooldown'), item(1, 'warmup')])
    const cards = sheetCards(s)
    expect(cards.map((c) => c.exercise.name)).toEqual(['Standing hamstring stretch', 'Foam rolling'])
    expect(cards[0]?.items.map((i) => i.session)).toEqual(['warmup', 'cooldown', 'mobility'])
    const onSheet = sheetBlocks(s).flatMap((b) => (b.kind === 'cards' ? b.cards : []))
    expect(onSheet).toHaveLength(2)
  })

  it('give the log a block per week under one heading, and the notes lines last and optional', () => {
    const blocks = sheetBlocks(sheet([item(1, 'mobility')], 4, 'Easy first week.'))
    expect(blocks.filter((b) => b.kind === 'log-week').map((b) => (b.kind === 'log-week' ? b.week : 0))).toEqual([
      1, 2, 3, 4,
    ])
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.section : ''))).toEqual([
      'exercises',
      'log',
    ])
    expect(blocks.slice(-2).map((b) => b.kind)).toEqual(['coach-notes', 'notes'])
    expect(blocks.at(-1)).toMatchObject({ optional: true })
  })
})
