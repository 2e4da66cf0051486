// Every method in the contract refuses a bad payload with a message a coach can act on, and leaves the
// database exactly as it was. The tables are keyed by MethodName, so a new method without cases fails.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES, type MethodInput, type MethodName } from '../../../src/shared/contract'
import type { Backend } from '../backend'
import { call, cleanup, digest, rowCounts, tempBackend, tempDir } from '../test-support'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const SAMPLE_GPX = `<?xml version="1.0"?><gpx version="1.1" creator="test"><trk><type>running</type><trkseg>
<trkpt lat="45.0" lon="5.0"><time>2026-03-03T07:00:00Z</time></trkpt>
<trkpt lat="45.01" lon="5.0"><time>2026-03-03T07:06:00Z</time></trkpt></trkseg></trk></gpx>`

interface Ids {
  /** import, export and backups: a finished preview job, a backup file, a folder of sample files */
  job: number
  backup: string
  files: string
  athlete: number
  other: number
  run: number
  pain: number
  shoe: number
  assessment: number
  session: number
  program: number
  exercise: number
  builtInExercise: number
  group: number
}

interface BadCase {
  payload: unknown
  field: string
  message: string | RegExp
}

const DATE = '2026-03-10'
/** a Monday: programs start on one */
const MONDAY = '2026-03-16'
const EXERCISE = {
  name: 'Wall sit',
  category: 'strength',
  targets: ['quads'],
  sets: 2,
  holdSec: 30,
  cues: ['Back flat against the wall.', 'Knees above the ankles.'],
  stopIf: 'Stop if a knee hurts.',
} as const
const ITEM = { exerciseId: 0, session: 'strength', sets: 2, holdSec: 30 } as const
const TICK = { week: 1, sessionKey: '1-strength-1', done: true } as const

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
  'guidance.alerts': (ids) => ({ athleteId: ids.athlete, today: DATE }),
  'guidance.inbox': () => ({ today: DATE }),
  'guidance.badges': () => ({ today: DATE }),
  'guidance.trafficLight': (ids) => ({ athleteId: ids.athlete, today: DATE }),
  'guidance.acknowledge': (ids) => ({ key: `monotony:${String(ids.athlete)}:2026-W11`, athleteId: ids.athlete }),
  'guidance.snooze': (ids) => ({
    key: `monotony:${String(ids.athlete)}:2026-W11`,
    athleteId: ids.athlete,
    until: DATE,
  }),
  'guidance.acknowledgements': (ids) => ({ athleteId: ids.athlete }),
  'guidance.unacknowledge': (ids) => ({ id: ids.athlete }),
  'episodes.list': (ids) => ({ athleteId: ids.athlete, today: DATE }),
  'episodes.close': (ids) => ({ athleteId: ids.athlete, closedOn: DATE }),
  'episodes.closures': (ids) => ({ athleteId: ids.athlete }),
  'episodes.reopen': (ids) => ({ id: ids.athlete }),
  'episodes.review': (ids) => ({ athleteId: ids.athlete, start: DATE }),
  'demo.status': () => ({}),
  'demo.create': () => ({}),
  'files.choose': () => ({ purpose: 'import-files' }),
  'import.scan': (ids) => ({ paths: [ids.files] }),
  'import.columns': (ids) => ({ path: join(ids.files, 'runs.csv') }),
  'import.preview': (ids) => ({
    athleteId: ids.athlete,
    files: [{ name: 'run.gpx', path: join(ids.files, 'run.gpx') }],
  }),
  'import.start': (ids) => VALID['import.preview'](ids),
  'import.status': (ids) => ({ jobId: ids.job }),
  'import.cancel': (ids) => ({ jobId: ids.job }),
  'import.unrated': (ids) => ({ jobId: ids.job }),
  'export.csv': () => ({}),
  'export.json': (ids) => ({ groupId: ids.group }),
  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'backups.restore': (ids) => ({ path: ids.backup }),
  'exercises.list': () => ({}),
  'exercises.create': () => ({ ...EXERCISE, targets: [...EXERCISE.targets], cues: [...EXERCISE.cues] }),
  'exercises.update': (ids) => ({ ...VALID['exercises.create'](ids), id: ids.exercise, sets: 3 }),
  'exercises.restoreDefaults': (ids) => ({ id: ids.builtInExercise }),
  'exercises.delete': (ids) => ({ id: ids.exercise }),
  'programs.templates': () => ({}),
  'programs.list': (ids) => ({ athleteId: ids.athlete }),
  'programs.get': (ids) => ({ id: ids.program }),
  'programs.create': (ids) => ({ athleteId: ids.athlete, templateKey: 'core-stability', startDate: MONDAY }),
  'programs.propose': (ids) => ({ athleteId: ids.athlete, today: DATE }),
  'programs.update': (ids) => ({
    id: ids.program,
    title: 'Core',
    startDate: MONDAY,
    weeks: 4,
    runDays: [1, 3, 5],
    strengthPerWeek: 2,
    mobilityPerDay: 1,
    items: [{ ...ITEM, exerciseId: ids.exercise }],
  }),
  'programs.delete': (ids) => ({ id: ids.program }),
  'programs.sheet': (ids) => ({ programId: ids.program }),
  'programs.groupSheets': (ids) => ({ groupId: ids.group }),
  'programs.tick': (ids) => ({ ...TICK, programId: ids.program }),
  'programs.adherence': (ids) => ({ athleteId: ids.athlete }),
  'print.programPdf': (ids) => ({ programId: ids.program, paper: 'letter' }),
  'print.groupPdf': (ids) => ({ groupId: ids.group, paper: 'a4' }),
  'print.progress': () => ({}),
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
const FULL_PATH = 'Enter the full path, starting with / (or a drive letter on Windows)'

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
  'guidance.alerts': (ids) => [
    bad({ athleteId: ids.athlete, today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31'),
    bad({ athleteId: ids.athlete, hideAcknowledged: 'no' }, 'hideAcknowledged', 'Choose yes or no'),
  ],
  'guidance.inbox': () => [bad({ today: 20260310 }, 'today', 'Use a date like 2026-03-31')],
  'guidance.badges': () => [bad({ today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31')],
  'guidance.trafficLight': () => [bad({ today: DATE }, 'athleteId', 'Enter a whole number')],
  'guidance.acknowledge': (ids) => [
    bad({ key: '  ', athleteId: ids.athlete }, 'key', 'Choose an alert'),
    bad({ key: 'monotony:1:x', athleteId: ids.athlete, note: 'x'.repeat(501) }, 'note', 'At most 500 characters'),
  ],
  'guidance.snooze': (ids) => [
    bad({ key: 'monotony:1:x', athleteId: ids.athlete }, 'until', 'Use a date like 2026-03-31'),
  ],
  'guidance.acknowledgements': byAthlete,
  'guidance.unacknowledge': byId,
  'episodes.list': byAthlete,
  'episodes.close': (ids) => [
    bad({ athleteId: ids.athlete, closedOn: 'today' }, 'closedOn', 'Use a date like 2026-03-31'),
  ],
  'episodes.closures': byAthlete,
  'episodes.reopen': byId,
  'episodes.review': (ids) => [bad({ athleteId: ids.athlete }, 'start', 'Use a date like 2026-03-31')],
  'demo.status': onlyGeneric,
  'demo.create': onlyGeneric,
  'files.choose': () => [bad({ purpose: 'print' }, 'purpose', /^Choose one of: import-files, import-folder/)],
  'import.scan': () => [
    bad({ paths: [] }, 'paths', 'Choose at least one file or folder'),
    bad({ paths: ['runs/a.fit'] }, 'paths.0', FULL_PATH),
  ],
  'import.columns': () => [bad({ path: ' ' }, 'path', 'Enter a file or folder path')],
  'import.preview': (ids) => [
    bad({ athleteId: ids.athlete, files: [] }, 'files', 'Choose at least one file'),
    bad(
      { athleteId: ids.athlete, files: [{ name: 'a.csv', path: '/a.csv', mapping: { date: 0 } }] },
      'files.0.mapping.duration',
      'Pick a column',
    ),
  ],
  'import.start': (ids) => [
    bad({ files: VALID['import.preview'](ids).files }, 'athleteId', 'Enter a whole number'),
    bad({ ...VALID['import.preview'](ids), files: [{ name: '', path: '/a.fit' }] }, 'files.0.name', 'Name the file'),
  ],
  'import.status': (ids) => [
    bad({ jobId: -1 }, 'jobId', 'Enter a whole number'),
    bad({ jobId: ids.job, from: -1 }, 'from', 'Must be at least 0'),
  ],
  'import.cancel': () => [bad({ jobId: 'one' }, 'jobId', 'Enter a whole number')],
  'import.unrated': () => [bad({}, 'jobId', 'Enter a whole number')],
  'export.csv': () => [bad({ folder: 'exports' }, 'folder', FULL_PATH)],
  'export.json': () => [bad({ groupId: 'Road 10k' }, 'groupId', 'Enter a whole number')],
  'backups.list': onlyGeneric,
  'backups.create': onlyGeneric,
  'backups.restore': () => [
    bad({ path: 'backup.db' }, 'path', FULL_PATH),
    bad({}, 'path', 'Enter a file or folder path'),
  ],
  'exercises.list': onlyGeneric,
  'exercises.create': (ids) => {
    const exercise = VALID['exercises.create'](ids)
    return [
      bad({ ...exercise, cues: ['Only one.'] }, 'cues', 'Write 2 to 4 cues'),
      bad({ ...exercise, targets: [] }, 'targets', 'Pick at least one target'),
      bad({ ...exercise, targets: ['neck'] }, 'targets.0', /^Choose one of: core, glutes/),
      bad({ ...exercise, holdSec: null }, 'reps', 'Give reps, a hold time or both'),
      bad({ ...exercise, stopIf: ' ' }, 'stopIf', 'Say when to stop'),
      bad({ ...exercise, sets: 0 }, 'sets', 'At least 1 set'),
    ]
  },
  'exercises.update': (ids) => [
    bad({ ...VALID['exercises.create'](ids) }, 'id', 'Enter a whole number'),
    bad({ ...VALID['exercises.update'](ids), cues: ['a', 'b', 'c', 'd', 'e'] }, 'cues', 'Write 2 to 4 cues'),
  ],
  'exercises.restoreDefaults': byId,
  'exercises.delete': byId,
  'programs.templates': onlyGeneric,
  'programs.list': byAthlete,
  'programs.get': byId,
  'programs.create': (ids) => [
    bad(
      { athleteId: ids.athlete, startDate: '2026-03-17' },
      'startDate',
      'Start the program on a Monday, so every printed week runs Monday to Sunday',
    ),
    bad({ athleteId: 'one' }, 'athleteId', 'Enter a whole number'),
  ],
  'programs.propose': (ids) => [
    bad({ athleteId: ids.athlete, today: '2026-02-30' }, 'today', 'Use a date like 2026-03-31'),
  ],
  'programs.update': (ids) => {
    const program = VALID['programs.update'](ids)
    const item = { ...ITEM, exerciseId: ids.exercise }
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
  'programs.tick': (ids) => [
    bad({ ...TICK, programId: ids.program, week: 0 }, 'week', 'Weeks start at 1'),
    bad({ ...TICK, programId: ids.program, sessionKey: 'tuesday' }, 'sessionKey', 'Unknown session'),
    bad({ ...TICK, programId: ids.program, done: 'yes' }, 'done', 'Choose yes or no'),
  ],
  'programs.adherence': byAthlete,
  'print.programPdf': (ids) => [bad({ programId: ids.program, paper: 'a3' }, 'paper', 'Choose one of: a4, letter')],
  'print.groupPdf': (ids) => [bad({ groupId: ids.group, paper: 'legal' }, 'paper', 'Choose one of: a4, letter')],
  'print.progress': onlyGeneric,
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
  const files = tempDir()
  writeFileSync(join(files, 'run.gpx'), SAMPLE_GPX)
  writeFileSync(join(files, 'runs.csv'), 'Date,Duration (min)\n2026-03-03,45\n')
  const { jobId } = await call(backend, 'import.preview', {
    athleteId: athlete.id,
    files: [{ name: 'run.gpx', path: join(files, 'run.gpx') }],
  })
  while ((await call(backend, 'import.status', { jobId })).state === 'running') await sleep(5)
  const backup = await call(backend, 'backups.create', {})
  const program = await call(backend, 'programs.create', {
    athleteId: athlete.id,
    templateKey: 'core-stability',
    startDate: MONDAY,
  })
  const exercise = await call(backend, 'exercises.create', VALID['exercises.create']({} as Ids))
  const builtIn = (await call(backend, 'exercises.list', {})).find((e) => e.key === 'plank')
  const group = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Road 10k')
  ids = {
    athlete: athlete.id,
    other: other.id,
    run: run.id,
    pain: pain.id,
    shoe: shoe.id,
    assessment: assessment.id,
    session: session.id,
    job: jobId,
    backup: backup.path,
    files,
    program: program.id,
    exercise: exercise.id,
    builtInExercise: builtIn?.id ?? 0,
    group: group?.id ?? 0,
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
      const refusedOnPurpose: Partial<Record<MethodName, string>> = {
        'demo.create': 'conflict',
        // Valid ids of records that do not exist: refused by the service, after validation passed.
        'guidance.unacknowledge': 'not_found',
        'episodes.reopen': 'not_found',
        // No Electron shell here, so no PDF adapter: saving a PDF says it needs the desktop app.
        'print.programPdf': 'unavailable',
        'print.groupPdf': 'unavailable',
      }
      const code = refusedOnPurpose[method]
      expect(accepted).toMatchObject(code ? { ok: false, error: { code } } : { ok: true })
    },
  )
})
