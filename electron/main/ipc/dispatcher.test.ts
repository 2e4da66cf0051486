// Every method in the contract refuses a bad payload with a message a coach can act on, and leaves the
// database exactly as it was. The tables are keyed by MethodName, so a new method without cases fails.
// The valid payloads and the club they refer to are the fuzzers' own: EXAMPLES and buildWorld, in
// reliability/payloads.ts. Each bad payload below is one of them with one fault.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES, type MethodName } from '#shared/contract'
import type { Backend } from '../backend'
import { buildWorld, EXAMPLES, type World } from '../../../test/reliability/payloads'
import { cleanup, digest, rowCounts, tempBackend, tempDir } from '../../../test/support'

interface BadCase {
  payload: unknown
  field: string
  message: string | RegExp
}

const DATE = '2026-03-10'
const DATE_MONDAY = '2026-03-09'
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
const CHOOSE_AGAIN = 'Choose the file again: Backstride only opens files and folders you chose'

/** Payloads that are wrong in exactly one named way (beyond the extra-field and not-an-object cases every method gets). */
const BAD: { [M in MethodName]: (world: World) => BadCase[] } = {
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
  'analytics.athlete': (world) => [
    bad({ athleteId: world.athlete, through: '2026-13-01' }, 'through', 'Use a date like 2026-03-31'),
    bad({ through: DATE }, 'athleteId', 'Enter a whole number'),
  ],
  'analytics.team': () => [bad({ through: 'yesterday' }, 'through', 'Use a date like 2026-03-31')],
  'guidance.alerts': (world) => [
    bad({ athleteId: world.athlete, today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31'),
    bad({ athleteId: world.athlete, hideAcknowledged: 'no' }, 'hideAcknowledged', 'Choose yes or no'),
  ],
  'guidance.inbox': () => [bad({ today: 20260310 }, 'today', 'Use a date like 2026-03-31')],
  'guidance.badges': () => [bad({ today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31')],
  'guidance.trafficLight': () => [bad({ today: DATE }, 'athleteId', 'Enter a whole number')],
  'guidance.acknowledge': (world) => [
    bad({ key: '  ', athleteId: world.athlete }, 'key', 'Choose an alert'),
    bad({ key: 'monotony:1:x', athleteId: world.athlete, note: 'x'.repeat(501) }, 'note', 'At most 500 characters'),
  ],
  'guidance.snooze': (world) => [
    bad({ key: 'monotony:1:x', athleteId: world.athlete }, 'until', 'Use a date like 2026-03-31'),
  ],
  'guidance.acknowledgements': byAthlete,
  'guidance.unacknowledge': byId,
  'guidance.acknowledgeMany': (world) => [
    bad({ alerts: [] }, 'alerts', 'Choose at least one alert'),
    bad({ alerts: [{ key: '  ', athleteId: world.athlete }] }, 'alerts.0.key', 'Choose an alert'),
  ],
  'guidance.unacknowledgeMany': () => [bad({ ids: [] }, 'ids', 'Choose at least one acknowledgement')],
  'guidance.clearReferral': (world) => [
    bad({ key: 'red_flag:1:x', athleteId: world.athlete, seenOn: 'yesterday' }, 'seenOn', 'Use a date like 2026-03-31'),
    bad({ key: '', athleteId: world.athlete, seenOn: DATE }, 'key', 'Choose an alert'),
  ],
  'guidance.clearances': byAthlete,
  'guidance.removeClearance': byId,
  'guidance.restoreClearance': byId,
  'episodes.list': byAthlete,
  'episodes.close': (world) => [
    bad({ athleteId: world.athlete, closedOn: 'today' }, 'closedOn', 'Use a date like 2026-03-31'),
  ],
  'episodes.closures': byAthlete,
  'episodes.reopen': byId,
  'episodes.review': (world) => [bad({ athleteId: world.athlete }, 'start', 'Use a date like 2026-03-31')],
  'demo.status': onlyGeneric,
  'demo.create': onlyGeneric,
  'files.choose': () => [bad({ purpose: 'print' }, 'purpose', /^Choose one of: import-files, import-folder/)],
  'import.scan': () => [
    bad({ grants: [] }, 'grants', 'Choose at least one file or folder'),
    // A path is never accepted where a grant belongs, absolute, relative or climbing out with '..'.
    bad({ grants: ['/home/coach/runs/a.fit'] }, 'grants.0', CHOOSE_AGAIN),
    bad({ grants: ['../../etc/passwd'] }, 'grants.0', CHOOSE_AGAIN),
  ],
  'import.columns': () => [bad({ grant: ' ' }, 'grant', CHOOSE_AGAIN)],
  'import.preview': (world) => [
    bad({ athleteId: world.athlete, files: [] }, 'files', 'Choose at least one file'),
    bad(
      { athleteId: world.athlete, files: [{ name: 'a.csv', grant: world.grants.csv, mapping: { date: 0 } }] },
      'files.0.mapping.duration',
      'Pick a column',
    ),
  ],
  'import.start': (world) => [
    bad({ files: EXAMPLES['import.start'](world).files }, 'athleteId', 'Enter a whole number'),
    bad(
      { ...EXAMPLES['import.start'](world), files: [{ name: '', grant: world.grants.gpx }] },
      'files.0.name',
      'Name the file',
    ),
    bad(
      { athleteId: world.athlete, files: [{ name: 'a.fit', grant: '/home/coach/a.fit' }] },
      'files.0.grant',
      CHOOSE_AGAIN,
    ),
  ],
  'import.status': (world) => [
    bad({ jobId: -1 }, 'jobId', 'Enter a whole number'),
    bad({ jobId: world.job, from: -1 }, 'from', 'Must be at least 0'),
  ],
  'import.cancel': () => [bad({ jobId: 'one' }, 'jobId', 'Enter a whole number')],
  'import.unrated': () => [bad({}, 'jobId', 'Enter a whole number')],
  'export.csv': () => [bad({ folder: '/home/coach/../../etc' }, 'folder', CHOOSE_AGAIN)],
  'export.json': () => [bad({ groupId: 'Road 10k' }, 'groupId', 'Enter a whole number')],
  'backups.list': onlyGeneric,
  'backups.create': onlyGeneric,
  'backups.restore': () => [
    bad({ grant: '/home/coach/backup.db' }, 'grant', CHOOSE_AGAIN),
    bad({}, 'grant', 'Choose the file again'),
  ],
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
  'recovery.status': onlyGeneric,
  'recovery.restore': onlyGeneric,
  'recovery.openFolder': onlyGeneric,
  'recovery.quit': onlyGeneric,
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
  'plans.forecastTeam': () => [bad({ today: '31/03/2026' }, 'today', 'Use a date like 2026-03-31')],
  'plans.groupWeek': () => [bad({ weekStart: '2026-03-18' }, 'weekStart', 'Weeks start on a Monday')],
  'plans.teamCompliance': () => [bad({ weekStart: 'soon' }, 'weekStart', 'Use a date like 2026-03-31')],
  'plans.applyTemplate': (world) => [
    bad({ ...EXAMPLES['plans.applyTemplate'](world), factor: 2 }, 'factor', 'Use a factor of at most 1.5'),
  ],
  'plans.exportIcs': (world) => [
    bad({ athleteId: world.athlete, from: DATE, to: DATE, folder: '/home/coach/exports' }, 'folder', CHOOSE_AGAIN),
  ],
}

let backend: Backend
let world: World

beforeEach(async () => {
  backend = await tempBackend()
  world = await buildWorld(backend, tempDir())
})

afterEach(cleanup)

const snapshot = () => ({ counts: rowCounts(backend.db), digest: digest(backend.db) })

describe('dispatcher validation', () => {
  it('has cases for every method in the contract', () => {
    expect(Object.keys(BAD).sort()).toEqual([...METHOD_NAMES].sort())
    expect(Object.keys(EXAMPLES).sort()).toEqual([...METHOD_NAMES].sort())
  })

  it.each(METHOD_NAMES)(
    '%s refuses bad payloads with a clear message and leaves the data unchanged',
    async (method) => {
      const cases: BadCase[] = [
        ...BAD[method](world),
        bad({ ...EXAMPLES[method](world), sneaky: true }, 'sneaky', 'Unknown field: sneaky'),
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
      const accepted = await backend.dispatch(method, EXAMPLES[method](world))
      const refusedOnPurpose: Partial<Record<MethodName, string>> = {
        'demo.create': 'conflict',
        // guidance.unacknowledge and episodes.reopen are no longer here: the World holds an acknowledgement
        // and a closure, so they now succeed instead of being refused as not_found.
        // No Electron shell here, so no PDF adapter: saving a PDF says it needs the desktop app.
        'print.programPdf': 'unavailable',
        'print.groupPdf': 'unavailable',
        'print.planPdf': 'unavailable',
        // The data is open and sound: there is nothing to recover, and no shell to quit or switch folders.
        'recovery.restore': 'conflict',
        'recovery.openFolder': 'unavailable',
        'recovery.quit': 'unavailable',
      }
      const code = refusedOnPurpose[method]
      expect(accepted).toMatchObject(code ? { ok: false, error: { code } } : { ok: true })
    },
  )
})
