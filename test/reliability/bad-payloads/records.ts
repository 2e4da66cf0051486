// Bad payloads for athletes, groups, runs, pain reports, assessments, shoes, sessions, edits and settings: each a valid example with one fault.
import { EXAMPLES } from '../payloads'
import { bad, type BadTable, byAthlete, byId, onlyGeneric } from './case'

export const RECORDS_BAD: BadTable<
  'athletes' | 'groups' | 'runs' | 'pain' | 'assessments' | 'shoes' | 'sessions' | 'edits' | 'settings'
> = {
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
  'athletes.update': (world) => [
    bad({ name: 'Ana' }, 'id', 'Enter a whole number'),
    bad({ id: world.athlete, name: '' }, 'name', 'Name is required'),
  ],
  'athletes.archive': byId,
  'athletes.restore': byId,
  'groups.list': onlyGeneric,
  'runs.list': byAthlete,
  'runs.create': (world) => {
    const run = EXAMPLES['runs.create'](world)
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
  'runs.update': (world) => [
    bad({ ...EXAMPLES['runs.update'](world), athleteId: world.other }, 'athleteId', 'Unknown field: athleteId'),
    bad({ ...EXAMPLES['runs.update'](world), rpe: 11 }, 'rpe', 'Session RPE is from 0 to 10'),
  ],
  'runs.delete': byId,
  'runs.restore': byId,
  'pain.list': byAthlete,
  'pain.report': (world) => {
    const report = EXAMPLES['pain.report'](world)
    return [
      bad({ ...report, score: 11 }, 'score', 'Pain is from 0 to 10'),
      bad({ ...report, score: 2.5 }, 'score', 'Pain is a whole number from 0 to 10'),
      bad({ ...report, timing: undefined }, 'timing', 'Choose one of: before, during, after, later, next_morning'),
      bad(
        { ...report, timing: 'after', onsetMinute: 5 },
        'onsetMinute',
        'The minute of onset only applies to pain during a run',
      ),
      bad({ ...report, redFlags: ['headache'] }, 'redFlags.0', /^Choose one of: saddle_numbness, /),
    ]
  },
  'pain.update': (world) => [
    bad({ ...EXAMPLES['pain.update'](world), score: -1 }, 'score', 'Pain is from 0 to 10'),
    bad({ ...EXAMPLES['pain.update'](world), athleteId: world.other }, 'athleteId', 'Unknown field: athleteId'),
  ],
  'pain.delete': byId,
  'pain.restore': byId,
  'assessments.list': byAthlete,
  'assessments.create': (world) => [
    bad({ ...EXAMPLES['assessments.create'](world), plankSec: -5 }, 'plankSec', 'Seconds cannot be negative'),
    bad(
      { ...EXAMPLES['assessments.create'](world), wallGap: 'two_hands' },
      'wallGap',
      'Choose one of: none, one_hand, more_than_hand',
    ),
    bad(
      { ...EXAMPLES['assessments.create'](world), cadenceSpm: 300 },
      'cadenceSpm',
      'Cadence is steps per minute, at most 260',
    ),
  ],
  'assessments.update': (world) => [
    bad(
      { ...EXAMPLES['assessments.update'](world), hamstringLeft: 'loose' },
      'hamstringLeft',
      'Choose one of: normal, tight',
    ),
  ],
  'assessments.delete': byId,
  'shoes.list': byAthlete,
  'shoes.create': (world) => [
    bad({ ...EXAMPLES['shoes.create'](world), name: '' }, 'name', 'Name the shoe'),
    bad(
      { ...EXAMPLES['shoes.create'](world), initialDistanceM: -1 },
      'initialDistanceM',
      'Distance cannot be negative',
    ),
    bad(
      { ...EXAMPLES['shoes.create'](world), retiredDate: '2025-01-01' },
      'retiredDate',
      'A shoe cannot be retired before it was first used',
    ),
  ],
  'shoes.update': (world) => [
    bad(
      { ...EXAMPLES['shoes.update'](world), replaceThresholdM: 0 },
      'replaceThresholdM',
      'The replace distance must be more than 0',
    ),
  ],
  'shoes.delete': byId,
  'sessions.list': byAthlete,
  'sessions.create': (world) => [
    bad(
      { ...EXAMPLES['sessions.create'](world), kind: 'yoga' },
      'kind',
      'Choose one of: strength, mobility, warmup, cooldown',
    ),
    bad(
      { ...EXAMPLES['sessions.create'](world), completedExercises: [''] },
      'completedExercises.0',
      'This field is required',
    ),
  ],
  'sessions.update': (world) => [
    bad(
      { ...EXAMPLES['sessions.update'](world), kind: 'yoga' },
      'kind',
      'Choose one of: strength, mobility, warmup, cooldown',
    ),
    // A session never moves to another athlete.
    bad({ ...EXAMPLES['sessions.update'](world), athleteId: world.athlete }, 'athleteId', 'Unknown field: athleteId'),
  ],
  'sessions.delete': byId,
  'edits.list': (world) => [
    bad(
      { recordType: 'athlete', recordId: world.run },
      'recordType',
      'Choose one of: run, pain, assessment, shoe, session',
    ),
  ],
  'settings.get': onlyGeneric,
  'settings.update': () => [
    bad({ units: 'furlongs' }, 'units', 'Choose one of: km, mi'),
    bad({}, 'units', 'Choose one of: km, mi'),
  ],
  'settings.coach': () => [
    bad({ name: 'Sam', phone: 'call me maybe' }, 'phone', 'Use digits, spaces and + ( ) - only'),
    bad({ name: 'x'.repeat(81), phone: '' }, 'name', /80/),
  ],
}
