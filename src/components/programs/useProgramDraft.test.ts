// The builder's draft: keyboard-friendly moves within a session, announcements, and a payload whose
// error paths point at the rows on screen.
import { describe, expect, it } from 'vitest'
import type { Exercise, Program, ProgramItem } from '#shared/programs'
import { draftHeldInWarmup, useProgramDraft } from './useProgramDraft'

const NAMES: Record<number, string> = { 1: 'Front plank', 2: 'Glute bridge', 3: 'Bird-dog', 4: 'Hip rotations' }
const item = (exerciseId: number, session: ProgramItem['session']): ProgramItem => ({
  exerciseId,
  session,
  sets: 2,
  reps: 10,
  holdSec: null,
  sides: 'none',
  restSec: 30,
  repsStep: 0,
  holdStep: 0,
  note: '',
})
const PROGRAM: Program = {
  id: 9,
  athleteId: 1,
  title: 'Core',
  startDate: '2026-03-16',
  weeks: 6,
  goal: '',
  coachName: '',
  coachNotes: '',
  status: 'draft',
  runDays: [1, 3, 5],
  strengthPerWeek: 2,
  mobilityPerDay: 1,
  rationale: [],
  // Stored in any order; the draft keeps them in session order (warm-up first).
  items: [item(1, 'strength'), item(2, 'strength'), item(4, 'warmup'), item(3, 'strength')],
  createdAt: '',
  updatedAt: '',
}

function loaded() {
  const draft = useProgramDraft((id) => NAMES[id] ?? '?')
  draft.load(PROGRAM)
  return draft
}
const order = (draft: ReturnType<typeof loaded>) => draft.items.value.map((i) => NAMES[i.exerciseId])
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the program draft', () => {
  it('keeps the sessions in the order of a run day and starts clean', () => {
    const draft = loaded()
    expect(order(draft)).toEqual(['Hip rotations', 'Front plank', 'Glute bridge', 'Bird-dog'])
    expect(draft.dirty.value).toBe(false)
  })

  it('moves an exercise within its session only, and says where it went', async () => {
    const draft = loaded()
    const plank = draft.items.value[1]
    draft.move(plank?.uid ?? 0, 1)
    expect(order(draft)).toEqual(['Hip rotations', 'Glute bridge', 'Front plank', 'Bird-dog'])
    await settle()
    expect(draft.announcement.value).toBe('Front plank moved to position 2 of 3 in Strength.')
    // The first strength exercise cannot move up into the warm-up.
    draft.move(draft.items.value[1]?.uid ?? 0, -1)
    expect(order(draft)[0]).toBe('Hip rotations')
    expect(draft.dirty.value).toBe(true)
  })

  it('removes and adds exercises with the library’s dosage', async () => {
    const draft = loaded()
    draft.remove(draft.items.value[0]?.uid ?? 0)
    await settle()
    expect(draft.announcement.value).toBe('Hip rotations removed from Warm-up.')
    draft.add(
      { id: 4, name: 'Hip rotations', sets: 1, reps: 30, holdSec: null, sides: 'each', restSec: null } as Exercise,
      'cooldown',
    )
    expect(draft.payload().items.at(0)).toMatchObject({ exerciseId: 4, session: 'cooldown', reps: 30, sides: 'each' })
  })

  it('checks the payload with the shared schema and names the row of a bad value', () => {
    const draft = loaded()
    const bridge = draft.items.value.find((i) => i.exerciseId === 2)
    if (bridge) {
      bridge.reps = ''
      bridge.holdSec = ''
    }
    draft.settings.weeks = '20'
    expect(draft.check()).toBeNull()
    expect(draft.errors.value).toMatchObject({
      'items.2.reps': 'Give reps, a hold time or both',
      weeks: 'At most 16 weeks',
    })
  })
})

describe('a held stretch typed into the warm-up', () => {
  const draftItem = (session: ProgramItem['session'], reps: string, holdSec: string) => {
    const draft = loaded()
    const first = draft.items.value[0]
    if (!first) throw new Error('the program has items')
    return { ...first, session, reps, holdSec }
  }

  it('is flagged when the warm-up item holds with no reps', () => {
    expect(draftHeldInWarmup(draftItem('warmup', '', '30'))).toBe(true)
    expect(draftHeldInWarmup(draftItem('warmup', '  ', '20'))).toBe(true)
  })

  it('is not flagged when it moves, or when the hold is after the run', () => {
    expect(draftHeldInWarmup(draftItem('warmup', '8', '30'))).toBe(false)
    expect(draftHeldInWarmup(draftItem('warmup', '10', ''))).toBe(false)
    expect(draftHeldInWarmup(draftItem('cooldown', '', '30'))).toBe(false)
    expect(draftHeldInWarmup(draftItem('mobility', '', '45'))).toBe(false)
  })
})
