// Each assessment finding and pain pattern changes the proposed draft the way domain.md says.
import { describe, expect, it } from 'vitest'
import { SOURCES } from '#shared/sources'
import type { Exercise, ProgramItem } from '#shared/programs'
import type { Assessment, PainReport } from '#shared/types'
import { CATALOGUE } from '../exercises/catalogue'
import { proposeProgram, WEAK_PLANK_SEC, type ProposalInput } from './propose'

const EXERCISES = new Map<string, Exercise>(
  CATALOGUE.map((e, i) => [e.key, { ...e, id: i + 1, builtIn: true, edited: false, usageCount: 0 }]),
)
const keyOf = (item: ProgramItem) => CATALOGUE[item.exerciseId - 1]?.key
const TODAY = '2026-03-10'

function assessment(fields: Partial<Assessment> = {}): Assessment {
  return {
    id: 1,
    athleteId: 1,
    date: '2026-03-01',
    hamstringLeft: 'normal',
    hamstringRight: 'normal',
    hipFlexorLeft: 'normal',
    hipFlexorRight: 'normal',
    plankSec: 90,
    sidePlankLeftSec: 45,
    sidePlankRightSec: 45,
    wallGap: 'none',
    footType: 'neutral',
    cadenceSpm: 172,
    notes: '',
    ...fields,
  }
}

function pain(fields: Partial<PainReport> = {}): PainReport {
  return {
    id: 1,
    athleteId: 1,
    date: '2026-03-05',
    time: null,
    runId: null,
    score: 3,
    timing: 'after',
    onsetMinute: null,
    location: 'central',
    character: 'ache',
    easedByStretching: 'not_tried',
    redFlags: [],
    notes: '',
    ...fields,
  }
}

function propose(input: Partial<ProposalInput> = {}) {
  return proposeProgram({
    athlete: { name: 'Mara K.', goal: '', runDaysPerWeek: 3 },
    assessment: assessment(),
    pain: [],
    today: TODAY,
    exercises: EXERCISES,
    ...input,
  })
}

const find = (items: ProgramItem[], key: string, session: ProgramItem['session']) =>
  items.find((i) => keyOf(i) === key && i.session === session)
const keysIn = (items: ProgramItem[], session: ProgramItem['session']) =>
  items.filter((i) => i.session === session).map(keyOf)

describe('a runner with nothing to note', () => {
  const draft = propose()

  it('gets a warm-up, strength, daily stretching and a cool-down, and no reasons to read', () => {
    expect(keysIn(draft.items, 'warmup')).toEqual(['nerve-glide', 'hip-rotations', 'side-bend', 'ankle-calf'])
    expect(keysIn(draft.items, 'strength')).toEqual(['plank', 'glute-bridge', 'bird-dog'])
    expect(keysIn(draft.items, 'mobility')).toEqual(['hamstring-stretch'])
    expect(keysIn(draft.items, 'cooldown')).toEqual([
      'hamstring-stretch',
      'hip-flexor-stretch',
      'figure-four',
      'foam-roll',
    ])
    expect(draft.mobilityPerDay).toBe(1)
    expect(draft.strengthPerWeek).toBe(2)
    expect(draft.rationale).toEqual([])
  })

  it('lists the sessions in the order of a run day and takes the run days from the athlete', () => {
    const order = [...new Set(draft.items.map((i) => i.session))]
    expect(order).toEqual(['warmup', 'cooldown', 'strength', 'mobility'])
    expect(draft.runDays).toEqual([1, 3, 5])
    expect(propose({ athlete: { name: 'A', goal: 'Half marathon', runDaysPerWeek: 2 } })).toMatchObject({
      runDays: [2, 5],
      goal: 'Half marathon',
    })
  })

  it('says so when there is no assessment yet', () => {
    expect(propose({ assessment: null }).rationale[0]?.finding).toBe('No assessment on record')
  })
})

describe('tight hamstrings → more hamstring work', () => {
  it('stretches twice a day, longer, and adds the nerve glide', () => {
    const draft = propose({ assessment: assessment({ hamstringLeft: 'tight', hamstringRight: 'tight' }) })
    expect(draft.mobilityPerDay).toBe(2)
    expect(find(draft.items, 'hamstring-stretch', 'mobility')).toMatchObject({ sets: 3, holdSec: 45 })
    expect(keysIn(draft.items, 'mobility')).toContain('nerve-glide')
    expect(draft.rationale[0]?.finding).toBe('Hamstrings tight on both sides (assessment of Sun 1 Mar 2026)')
  })

  it('stretches twice a day while the back is sore even when the test was normal', () => {
    const draft = propose({ pain: [pain()] })
    expect(draft.mobilityPerDay).toBe(2)
    expect(find(draft.items, 'hamstring-stretch', 'mobility')).toMatchObject({ sets: 2, holdSec: 30 })
  })
})

describe(`weak plank (under ${String(WEAK_PLANK_SEC)} s) → core progression`, () => {
  it('starts the plank lower and builds it every week, adds curl-ups, 3 strength sessions', () => {
    const draft = propose({ assessment: assessment({ plankSec: 30 }) })
    expect(find(draft.items, 'plank', 'strength')).toMatchObject({ sets: 3, holdSec: 20, holdStep: 5 })
    expect(keysIn(draft.items, 'strength')).toContain('curl-up')
    expect(draft.strengthPerWeek).toBe(3)
    expect(draft.rationale.map((r) => r.finding)).toEqual(['Front plank held 30 s (under 60 s)'])
  })

  it.each([
    [59, true],
    [60, false],
  ])('a %i s plank gets the progression: %s', (plankSec, weak) => {
    const draft = propose({ assessment: assessment({ plankSec }) })
    expect(keysIn(draft.items, 'strength').includes('curl-up')).toBe(weak)
  })

  it('never starts below 10 s', () => {
    expect(find(propose({ assessment: assessment({ plankSec: 5 }) }).items, 'plank', 'strength')?.holdSec).toBe(10)
  })
})

describe('one side tighter → that side first, only where it applies', () => {
  it('puts the tight hamstring first where stretches are held, and touches nothing else', () => {
    const draft = propose({ assessment: assessment({ hamstringLeft: 'tight' }) })
    const stretches = draft.items.filter((i) => keyOf(i) === 'hamstring-stretch')
    expect(stretches.map((i) => i.session).sort()).toEqual(['cooldown', 'mobility'])
    for (const item of stretches) expect(item).toMatchObject({ sides: 'left_first' })
    // "Left first" only on the exercise for the side concerned: the hip rotations stay "each side".
    expect(find(draft.items, 'hip-rotations', 'warmup')?.sides).toBe('each')
    const sided = draft.items.filter((i) => i.sides === 'left_first' || i.sides === 'right_first').map(keyOf)
    expect(new Set(sided)).toEqual(new Set(['hamstring-stretch']))
    expect(draft.rationale.map((r) => r.finding)).toContain('Hamstrings tighter on the left')
  })

  it('handles the hip flexors on their own side and makes their stretch daily', () => {
    const draft = propose({ assessment: assessment({ hipFlexorRight: 'tight' }) })
    expect(find(draft.items, 'hip-flexor-stretch', 'mobility')?.sides).toBe('right_first')
    expect(find(draft.items, 'hip-flexor-stretch', 'cooldown')?.sides).toBe('right_first')
  })

  it('changes nothing about sides when both are tight or a side was not tested', () => {
    for (const fields of [
      { hamstringLeft: 'tight', hamstringRight: 'tight' },
      { hamstringLeft: 'tight', hamstringRight: null },
    ] as const) {
      const draft = propose({ assessment: assessment(fields) })
      expect(draft.items.some((i) => i.sides === 'left_first' || i.sides === 'right_first')).toBe(false)
    }
  })
})

describe('the pre-run warm-up is dynamic', () => {
  it('never holds a static stretch before a run, whatever the findings (seed 004; seed 001: reps)', () => {
    for (const fields of [
      {},
      { hamstringLeft: 'tight' },
      { hipFlexorRight: 'tight' },
      { hamstringLeft: 'tight', hamstringRight: 'tight', plankSec: 20, wallGap: 'more_than_hand' },
    ] as const) {
      const warmup = propose({ assessment: assessment(fields) }).items.filter((i) => i.session === 'warmup')
      expect(warmup.length).toBeGreaterThan(0)
      for (const item of warmup) expect(item.reps, String(keyOf(item))).not.toBeNull()
    }
  })
})

describe('progression ceilings', () => {
  it('starts and builds the plank within its 60 s ceiling', () => {
    const draft = propose({ assessment: assessment({ plankSec: 59 }) })
    const plank = find(draft.items, 'plank', 'strength')
    expect(plank).toMatchObject({ holdSec: 40, holdStep: 5 })
    expect(draft.rationale.find((r) => r.finding.startsWith('Front plank'))?.change).toContain('up to 60 s')
  })
})

describe('every reason names its source', () => {
  it('cites the seed articles by title, never by an internal label', () => {
    const draft = propose({
      assessment: assessment({ hamstringLeft: 'tight', plankSec: 30, wallGap: 'more_than_hand' }),
      pain: [pain({ location: 'right' })],
    })
    expect(draft.rationale.length).toBeGreaterThanOrEqual(5)
    for (const r of draft.rationale) {
      expect(r.sources?.length, r.finding).toBeGreaterThan(0)
      for (const source of r.sources ?? []) expect(source).not.toMatch(/source article|seed-/)
    }
    expect(draft.rationale[0]).toMatchObject({ warning: true })
    expect(draft.rationale.find((r) => r.finding.startsWith('Hamstrings tight'))?.sources).toEqual([
      SOURCES['seed-001'].citation,
      SOURCES['seed-002'].citation,
    ])
  })
})

describe('wall gap more than a hand → core and hip flexors', () => {
  it('adds core work and the daily hip-flexor stretch, and suggests a medical check', () => {
    const draft = propose({ assessment: assessment({ wallGap: 'more_than_hand' }) })
    expect(keysIn(draft.items, 'strength')).toEqual(['plank', 'glute-bridge', 'bird-dog', 'curl-up'])
    expect(keysIn(draft.items, 'mobility')).toContain('hip-flexor-stretch')
    expect(draft.strengthPerWeek).toBe(3)
    expect(draft.rationale.find((r) => r.warning)?.change).toMatch(/medical check/)
  })

  it('leaves a one-hand gap alone', () => {
    expect(propose({ assessment: assessment({ wallGap: 'one_hand' }) }).items).toEqual(propose().items)
  })
})

describe('one-sided low-back pain → glute and side-plank work', () => {
  it('adds side planks and clamshells and a third set of bridges', () => {
    const draft = propose({ pain: [pain({ location: 'left' }), pain({ id: 2, location: 'left', date: '2026-03-08' })] })
    expect(keysIn(draft.items, 'strength')).toEqual(['plank', 'glute-bridge', 'bird-dog', 'clamshell', 'side-plank'])
    expect(find(draft.items, 'glute-bridge', 'strength')?.sets).toBe(3)
    expect(draft.rationale.map((r) => r.finding)).toContain(
      'Low-back pain on the left side in 2 reports since Tue 10 Feb 2026',
    )
  })

  it('ignores central pain and one-sided pain older than 28 days', () => {
    for (const report of [pain({ location: 'central' }), pain({ location: 'right', date: '2026-02-01' })])
      expect(keysIn(propose({ pain: [report] }).items, 'strength')).not.toContain('side-plank')
  })
})
