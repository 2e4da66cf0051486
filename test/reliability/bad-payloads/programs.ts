// Bad payloads for exercises, programs, printing and plans: each a valid example with one fault.
import { EXAMPLES } from '../payloads'
import { bad, type BadTable, byAthlete, byId, CHOOSE_AGAIN, DATE, DATE_MONDAY, onlyGeneric } from './case'

export const PROGRAMS_BAD: BadTable<'exercises' | 'programs' | 'print' | 'plans'> = {
  'exercises.list': onlyGeneric,
  'exercises.create': (world) => {
    const exercise = EXAMPLES['exercises.create'](world)
    return [
      bad({ ...exercise, cues: ['Only one.'] }, 'cues', 'Write 2 to 4 cues'),
      bad({ ...exercise, targets: [] }, 'targets', 'Pick at least one target'),
      bad({ ...exercise, targets: ['neck'] }, 'targets.0', /^Choose one of: core, glutes/),
      bad({ ...exercise, holdSec: null }, 'reps', 'Give reps, a hold time or both'),
      bad({ ...exercise, stopIf: ' ' }, 'stopIf', 'Say when to stop'),
      bad({ ...exercise, sets: 0 }, 'sets', 'At least 1 set'),
    ]
  },
  'exercises.update': (world) => [
    bad({ ...EXAMPLES['exercises.create'](world) }, 'id', 'Enter a whole number'),
    bad({ ...EXAMPLES['exercises.update'](world), cues: ['a', 'b', 'c', 'd', 'e'] }, 'cues', 'Write 2 to 4 cues'),
  ],
  'exercises.restoreDefaults': byId,
  'exercises.delete': byId,
  'programs.templates': onlyGeneric,
  'programs.list': byAthlete,
  'programs.get': byId,
  'programs.create': (world) => [
    bad(
      { athleteId: world.athlete, startDate: '2026-03-17' },
      'startDate',
      'Start the program on a Monday, so every printed week runs Monday to Sunday',
    ),
    bad({ athleteId: 'one' }, 'athleteId', 'Enter a whole number'),
  ],
  'programs.propose': (world) => [
    bad({ athleteId: world.athlete, today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31'),
  ],
  'programs.update': (world) => {
    const program = EXAMPLES['programs.update'](world)
    const [item] = program.items
    return [
      bad({ ...program, weeks: 17 }, 'weeks', 'At most 16 weeks'),
      bad({ ...program, title: ' ' }, 'title', 'Give the program a title'),
      bad({ ...program, runDays: [1, 1] }, 'runDays', 'Pick each day once'),
      bad({ ...program, runDays: [7] }, 'runDays.0', 'Pick days from Monday to Sunday'),
      bad({ ...program, strengthPerWeek: 4 }, 'strengthPerWeek', 'Strength 2 or 3 times a week'),
      bad({ ...program, items: [{ ...item, session: 'yoga' }] }, 'items.0.session', /^Choose one of: strength/),
      bad({ ...program, items: [{ ...item, holdSec: null }] }, 'items.0.reps', 'Give reps, a hold time or both'),
    ]
  },
  'programs.delete': byId,
  'programs.sheet': () => [bad({ programId: 'x' }, 'programId', 'Enter a whole number')],
  'programs.groupSheets': () => [bad({ groupId: -1 }, 'groupId', 'Enter a whole number')],
  'programs.tick': (world) => [
    bad({ ...EXAMPLES['programs.tick'](world), week: 0 }, 'week', 'Weeks start at 1'),
    bad({ ...EXAMPLES['programs.tick'](world), sessionKey: 'tuesday' }, 'sessionKey', 'Unknown session'),
    bad({ ...EXAMPLES['programs.tick'](world), done: 'yes' }, 'done', 'Choose yes or no'),
  ],
  'programs.adherence': byAthlete,
  'print.programPdf': (world) => [bad({ programId: world.program, paper: 'a3' }, 'paper', 'Choose one of: a4, letter')],
  'print.groupPdf': (world) => [bad({ groupId: world.group, paper: 'legal' }, 'paper', 'Choose one of: a4, letter')],
  'print.planPdf': (world) => [
    bad({ athleteId: world.athlete, weekStart: '2026-03-25', paper: 'a4' }, 'weekStart', 'Weeks start on a Monday'),
  ],
  'print.progress': onlyGeneric,
  'plans.list': (world) => [
    bad(
      { athleteId: world.athlete, from: '2026-03-22', to: '2026-03-16' },
      'to',
      'The end date is before the start date',
    ),
    bad({ athleteId: world.athlete, from: '2025-01-01', to: '2026-03-16' }, 'to', 'Choose at most 400 days at a time'),
  ],
  'plans.create': (world) => {
    const plan = EXAMPLES['plans.create'](world)
    return [
      bad(
        { ...plan, durationMin: null, distanceM: null },
        'durationMin',
        'Enter a planned duration or distance for the run',
      ),
      bad({ ...plan, time: '7:30' }, 'time', 'Use a time like 07:30'),
      bad({ ...plan, rpe: 11 }, 'rpe', 'Planned RPE is from 0 to 10'),
      bad({ ...plan, kind: 'swim' }, 'kind', /^Choose one of: run, strength, mobility/),
    ]
  },
  'plans.update': (world) => [
    bad({ ...EXAMPLES['plans.update'](world), durationMin: 0 }, 'durationMin', 'Duration must be more than 0 minutes'),
  ],
  'plans.delete': byId,
  'plans.restore': byId,
  'plans.copyWeek': (world) => [
    bad(
      { athleteId: world.athlete, fromWeek: '2026-03-17', toWeek: '2026-03-23' },
      'fromWeek',
      'Weeks start on a Monday',
    ),
    bad(
      { athleteId: world.athlete, fromWeek: DATE_MONDAY, toWeek: DATE_MONDAY },
      'toWeek',
      'Choose another week to copy to',
    ),
  ],
  'plans.week': (world) => [bad({ athleteId: world.athlete, weekStart: DATE }, 'weekStart', 'Weeks start on a Monday')],
  'plans.warnings': byAthlete,
  'plans.forecast': byAthlete,
  'plans.forecastTeam': () => [
    bad({ today: '31/03/2026' }, 'today', 'Use a date like 2026-03-31'),
    bad({ groupId: 'Hills' }, 'groupId', 'Enter a whole number'),
    bad({ aheadOnly: 'yes' }, 'aheadOnly', 'Choose yes or no'),
  ],
  'plans.groupWeek': () => [bad({ weekStart: '2026-03-18' }, 'weekStart', 'Weeks start on a Monday')],
  'plans.teamCompliance': () => [bad({ weekStart: 'soon' }, 'weekStart', 'Use a date like 2026-03-31')],
  'plans.applyTemplate': (world) => [
    bad({ ...EXAMPLES['plans.applyTemplate'](world), factor: 2 }, 'factor', 'Use a factor of at most 1.5'),
  ],
  'plans.exportIcs': (world) => [
    bad({ athleteId: world.athlete, from: DATE, to: DATE, folder: '/home/coach/exports' }, 'folder', CHOOSE_AGAIN),
  ],
}
