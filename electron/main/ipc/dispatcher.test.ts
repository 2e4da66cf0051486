// Every method in the contract refuses a bad payload with a message a coach can act on, and leaves the
// database exactly as it was. The tables are keyed by MethodName, so a new method without cases fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES, type MethodInput, type MethodName } from '../../../src/shared/contract'
import type { Backend } from '../backend'
import { call, cleanup, digest, rowCounts, tempBackend } from '../test-support'

interface Ids {
  athlete: number
  other: number
  run: number
  pain: number
  shoe: number
  assessment: number
  session: number
}

interface BadCase {
  payload: unknown
  field: string
  message: string | RegExp
}

const DATE = '2026-03-10'

/** A payload each method accepts, against the data made in beforeEach. */
const VALID: { [M in MethodName]: (ids: Ids) => MethodInput<M> } = {
  'athletes.list': () => ({ includeArchived: true }),
  'athletes.get': (ids) => ({ id: ids.athlete }),
  'athletes.create': () => ({ name: 'Ana' }),
  'athletes.update': (ids) => ({ id: ids.athlete, name: 'Zoë N.' }),
  'athletes.archive': (ids) => ({ id: ids.athlete }),
  'athletes.restore': (ids) => ({ id: ids.athlete }),
  'groups.list': () => ({}),
  'runs.list': (ids) => ({ athleteId: ids.athlete }),
  'runs.create': (ids) => ({ athleteId: ids.athlete, date: DATE, durationMin: 45, rpe: 6 }),
  'runs.update': (ids) => ({ id: ids.run, date: DATE, durationMin: 50 }),
  'runs.delete': (ids) => ({ id: ids.run }),
  'runs.restore': (ids) => ({ id: ids.run }),
  'pain.list': (ids) => ({ athleteId: ids.athlete }),
  'pain.report': (ids) => ({ athleteId: ids.athlete, date: DATE, score: 2, timing: 'after' }),
  'pain.update': (ids) => ({ id: ids.pain, date: DATE, score: 1, timing: 'after' }),
  'pain.delete': (ids) => ({ id: ids.pain }),
  'pain.restore': (ids) => ({ id: ids.pain }),
  'assessments.list': (ids) => ({ athleteId: ids.athlete }),
  'assessments.create': (ids) => ({ athleteId: ids.athlete, date: DATE }),
  'assessments.update': (ids) => ({ id: ids.assessment, date: DATE }),
  'assessments.delete': (ids) => ({ id: ids.assessment }),
  'shoes.list': (ids) => ({ athleteId: ids.athlete }),
  'shoes.create': (ids) => ({ athleteId: ids.athlete, name: 'Pegasus 41', startDate: DATE }),
  'shoes.update': (ids) => ({ id: ids.shoe, name: 'Pegasus 41', startDate: '2026-01-01' }),
  'shoes.delete': (ids) => ({ id: ids.shoe }),
  'sessions.list': (ids) => ({ athleteId: ids.athlete }),
  'sessions.create': (ids) => ({ athleteId: ids.athlete, date: DATE }),
  'sessions.delete': (ids) => ({ id: ids.session }),
  'settings.get': () => ({}),
  'settings.update': () => ({ units: 'km' }),
  'analytics.athlete': (ids) => ({ athleteId: ids.athlete, through: DATE }),
  'analytics.team': () => ({ through: DATE }),
  'demo.status': () => ({}),
  'demo.create': () => ({}),
}

const bad = (payload: unknown, field: string, message: string | RegExp): BadCase => ({ payload, field, message })

const byId = (): BadCase[] => [
  bad({ id: 'one' }, 'id', 'Enter a whole number'),
  bad({ id: -3 }, 'id', 'Enter a whole number'),
  bad({}, 'id', 'Enter a whole number'),
]
const byAthlete = (): BadCase[] => [
  bad({ athleteId: '1' }, 'athleteId', 'Enter a whole number'),
  bad({ athleteId: 1.5 }, 'athleteId', 'Enter a whole number'),
]
const onlyGeneric = (): BadCase[] => []

/** Payloads that are wrong in exactly one named way (beyond the extra-field and not-an-object cases every method gets). */
const BAD: { [M in MethodName]: (ids: Ids) => BadCase[] } = {
  'athletes.list': () => [bad({ includeArchived: 'yes' }, 'includeArchived', 'Choose yes or no')],
  'athletes.get': byId,
  'athletes.create': () => [
    bad({ name: '   ' }, 'name', 'Name is required'),
    bad({ name: 42 }, 'name', 'Name is required'),
    bad({ name: 'x'.repeat(81) }, 'name', 'Names are at most 80 characters'),
    bad({ name: 'Ana', runDaysPerWeek: 8 }, 'runDaysPerWeek', 'A week has 7 days'),
    bad({ name: 'Ana', experience: 'elite' }, 'experience', 'Choose one of: new, returning, experienced'),
    bad({ name: 'Ana', groups: [''] }, 'groups.0', 'A group needs a name'),
    bad({ name: 'Ana', birthYear: 2100 }, 'birthYear', 'The birth year cannot be in the future'),
  ],
  'athletes.update': (ids) => [
    bad({ name: 'Ana' }, 'id', 'Enter a whole number'),
    bad({ id: ids.athlete, name: '' }, 'name', 'Name is required'),
  ],
  'athletes.archive': byId,
  'athletes.restore': byId,
  'groups.list': onlyGeneric,
  'runs.list': byAthlete,
  'runs.create': (ids) => {
    const run = VALID['runs.create'](ids)
    return [
      bad({ ...run, rpe: 6.5 }, 'rpe', 'Session RPE is a whole number from 0 to 10'),
      bad({ ...run, durationMin: 0 }, 'durationMin', 'Duration must be more than 0 minutes'),
      bad({ ...run, durationMin: 1441 }, 'durationMin', 'A run cannot last more than 24 hours'),
      bad({ ...run, date: '2026-02-30' }, 'date', 'Use a date like 2026-03-31'),
      bad({ ...run, startTime: '7:30' }, 'startTime', 'Use a time like 07:30'),
      bad({ ...run, cadenceSpm: 30 }, 'cadenceSpm', 'Cadence is steps per minute, at least 60'),
      bad({ ...run, surface: 'sand' }, 'surface', /^Choose one of: road, concrete, track/),
    ]
  },
  'runs.update': (ids) => [
    bad({ ...VALID['runs.update'](ids), athleteId: ids.other }, 'athleteId', 'Unknown field: athleteId'),
    bad({ ...VALID['runs.update'](ids), rpe: 11 }, 'rpe', 'Session RPE is from 0 to 10'),
  ],
  'runs.delete': byId,
  'runs.restore': byId,
  'pain.list': byAthlete,
  'pain.report': (ids) => {
    const report = VALID['pain.report'](ids)
    return [
      bad({ ...report, score: 11 }, 'score', 'Pain is from 0 to 10'),
      bad({ ...report, score: 2.5 }, 'score', 'Pain is a whole number from 0 to 10'),
      bad({ ...report, timing: undefined }, 'timing', 'Choose one of: before, during, after, later, next_morning'),
      bad({ ...report, onsetMinute: 5 }, 'onsetMinute', 'The minute of onset only applies to pain during a run'),
      bad({ ...report, redFlags: ['headache'] }, 'redFlags.0', /^Choose one of: saddle_numbness, /),
    ]
  },
  'pain.update': (ids) => [
    bad({ ...VALID['pain.update'](ids), score: -1 }, 'score', 'Pain is from 0 to 10'),
    bad({ ...VALID['pain.update'](ids), athleteId: ids.other }, 'athleteId', 'Unknown field: athleteId'),
  ],
  'pain.delete': byId,
  'pain.restore': byId,
  'assessments.list': byAthlete,
  'assessments.create': (ids) => [
    bad({ ...VALID['assessments.create'](ids), plankSec: -5 }, 'plankSec', 'Seconds cannot be negative'),
    bad(
      { ...VALID['assessments.create'](ids), wallGap: 'two_hands' },
      'wallGap',
      'Choose one of: none, one_hand, more_than_hand',
    ),
    bad(
      { ...VALID['assessments.create'](ids), cadenceSpm: 300 },
      'cadenceSpm',
      'Cadence is steps per minute, at most 260',
    ),
  ],
  'assessments.update': (ids) => [
    bad(
      { ...VALID['assessments.update'](ids), hamstringLeft: 'loose' },
      'hamstringLeft',
      'Choose one of: normal, tight',
    ),
  ],
  'assessments.delete': byId,
  'shoes.list': byAthlete,
  'shoes.create': (ids) => [
    bad({ ...VALID['shoes.create'](ids), name: '' }, 'name', 'Name the shoe'),
    bad({ ...VALID['shoes.create'](ids), initialDistanceM: -1 }, 'initialDistanceM', 'Distance cannot be negative'),
    bad(
      { ...VALID['shoes.create'](ids), retiredDate: '2025-01-01' },
      'retiredDate',
      'A shoe cannot be retired before it was first used',
    ),
  ],
  'shoes.update': (ids) => [
    bad(
      { ...VALID['shoes.update'](ids), replaceThresholdM: 0 },
      'replaceThresholdM',
      'The replace distance must be more than 0',
    ),
  ],
  'shoes.delete': byId,
  'sessions.list': byAthlete,
  'sessions.create': (ids) => [
    bad(
      { ...VALID['sessions.create'](ids), kind: 'yoga' },
      'kind',
      'Choose one of: strength, mobility, warmup, cooldown',
    ),
    bad(
      { ...VALID['sessions.create'](ids), completedExercises: [''] },
      'completedExercises.0',
      'This field is required',
    ),
  ],
  'sessions.delete': byId,
  'settings.get': onlyGeneric,
  'settings.update': () => [
    bad({ units: 'furlongs' }, 'units', 'Choose one of: km, mi'),
    bad({}, 'units', 'Choose one of: km, mi'),
  ],
  'analytics.athlete': (ids) => [
    bad({ athleteId: ids.athlete, through: '2026-13-01' }, 'through', 'Use a date like 2026-03-31'),
    bad({ through: DATE }, 'athleteId', 'Enter a whole number'),
  ],
  'analytics.team': () => [bad({ through: 'yesterday' }, 'through', 'Use a date like 2026-03-31')],
  'demo.status': onlyGeneric,
  'demo.create': onlyGeneric,
}

let backend: Backend
let ids: Ids

beforeEach(async () => {
  backend = await tempBackend()
  const athlete = await call(backend, 'athletes.create', { name: 'Zoë Ñúñez 山田', groups: ['Road 10k'] })
  const other = await call(backend, 'athletes.create', { name: 'Siobhán O’Brien' })
  const shoe = await call(backend, 'shoes.create', { athleteId: athlete.id, name: 'Pegasus', startDate: '2026-01-01' })
  const run = await call(backend, 'runs.create', {
    athleteId: athlete.id,
    date: '2026-03-01',
    durationMin: 45,
    distanceM: 9000,
    rpe: 6,
    shoeId: shoe.id,
  })
  const pain = await call(backend, 'pain.report', {
    athleteId: athlete.id,
    date: '2026-03-01',
    score: 3,
    timing: 'after',
  })
  const assessment = await call(backend, 'assessments.create', { athleteId: athlete.id, date: '2026-02-01' })
  const session = await call(backend, 'sessions.create', { athleteId: athlete.id, date: '2026-03-02' })
  await call(backend, 'settings.update', { units: 'mi' })
  ids = {
    athlete: athlete.id,
    other: other.id,
    run: run.id,
    pain: pain.id,
    shoe: shoe.id,
    assessment: assessment.id,
    session: session.id,
  }
})

afterEach(cleanup)

const snapshot = () => ({ counts: rowCounts(backend.db), digest: digest(backend.db) })

describe('dispatcher validation', () => {
  it('has cases for every method in the contract', () => {
    expect(Object.keys(BAD).sort()).toEqual([...METHOD_NAMES].sort())
    expect(Object.keys(VALID).sort()).toEqual([...METHOD_NAMES].sort())
  })

  it.each(METHOD_NAMES)(
    '%s refuses bad payloads with a clear message and leaves the data unchanged',
    async (method) => {
      const cases: BadCase[] = [
        ...BAD[method](ids),
        bad({ ...VALID[method](ids), sneaky: true }, 'sneaky', 'Unknown field: sneaky'),
      ]
      const before = snapshot()
      expect(before.counts.athletes).toBe(2)

      for (const { payload, field, message } of cases) {
        const result = await backend.dispatch(method, payload)
        expect(result, JSON.stringify(payload)).toEqual({
          ok: false,
          error: {
            code: 'invalid',
            field,
            message: typeof message === 'string' ? message : expect.stringMatching(message),
          },
        })
      }
      for (const payload of ['athletes', 42, null, [], undefined]) {
        const result = await backend.dispatch(method, payload)
        expect(result.ok).toBe(false)
        if (!result.ok) {
          expect(result.error.code).toBe('invalid')
          expect(result.error.message).toMatch(/^[A-Z][a-z]+ .+/)
        }
      }
      expect(snapshot()).toEqual(before)

      // The same payload without the fault passes validation, so each case above was refused for its stated
      // reason. (The demo club is then declined only because this database already has athletes.)
      const accepted = await backend.dispatch(method, VALID[method](ids))
      expect(accepted).toMatchObject(
        method === 'demo.create' ? { ok: false, error: { code: 'conflict' } } : { ok: true },
      )
    },
  )
})
