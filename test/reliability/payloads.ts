// A small club to fuzz against, and one payload per method that the contract accepts for it. The fuzzers
// start from these and change them a little ("near misses"). Only tests and the soak script use this.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MethodInput, MethodName } from '#shared/contract'
import type { Backend } from '../../electron/main/backend'
import { call, grant } from '../support'

export interface World {
  /** a folder of sample files to import, inside the fuzz sandbox */
  files: string
  backup: string
  /** what main granted in the sandbox, as a dialog's result would be: the ids payloads name files by */
  grants: { files: string; gpx: string; csv: string; backup: string }
  job: number
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
  acknowledgement: number
  closure: number
  clearance: number
  plan: number
}

const DATE = '2026-03-10'
/** a Monday: programs start on one */
const MONDAY = '2026-03-16'

export const SAMPLE_GPX = `<?xml version="1.0"?><gpx version="1.1" creator="test"><trk><type>running</type><trkseg>
<trkpt lat="45.0" lon="5.0"><time>2026-03-03T07:00:00Z</time></trkpt>
<trkpt lat="45.01" lon="5.0"><time>2026-03-03T07:06:00Z</time></trkpt></trkseg></trk></gpx>`

const exercise = () => ({
  name: 'Wall sit',
  category: 'strength' as const,
  targets: ['quads' as const],
  sets: 2,
  holdSec: 30,
  cues: ['Back flat against the wall.', 'Knees above the ankles.'],
  stopIf: 'Stop if a knee hurts.',
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Writes the club through the API itself, so every row is one the app could have written. */
export async function buildWorld(backend: Backend, sandbox: string): Promise<World> {
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
  const files = join(sandbox, 'files')
  mkdirSync(files, { recursive: true })
  writeFileSync(join(files, 'run.gpx'), SAMPLE_GPX)
  writeFileSync(join(files, 'runs.csv'), 'Date,Duration (min)\n2026-03-03,45\n')
  const { jobId } = await call(backend, 'import.preview', {
    athleteId: athlete.id,
    files: [{ name: 'run.gpx', grant: grant(backend, join(files, 'run.gpx')) }],
  })
  while ((await call(backend, 'import.status', { jobId })).state === 'running') await sleep(5)
  const backup = await call(backend, 'backups.create', {})
  const program = await call(backend, 'programs.create', {
    athleteId: athlete.id,
    templateKey: 'core-stability',
    startDate: MONDAY,
  })
  const custom = await call(backend, 'exercises.create', exercise())
  const builtIn = (await call(backend, 'exercises.list', {})).find((e) => e.key === 'plank')
  const group = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Road 10k')
  const acknowledgement = await call(backend, 'guidance.acknowledge', {
    key: `monotony:${String(athlete.id)}:2026-W11`,
    athleteId: athlete.id,
  })
  const closure = await call(backend, 'episodes.close', { athleteId: athlete.id, closedOn: DATE })
  const clearance = await call(backend, 'guidance.clearReferral', {
    key: `red_flag:${String(athlete.id)}:pain-${String(pain.id)}`,
    athleteId: athlete.id,
    seenOn: DATE,
  })
  const plan = await call(backend, 'plans.create', {
    athleteId: athlete.id,
    date: MONDAY,
    kind: 'run',
    durationMin: 40,
    distanceM: 8000,
  })
  return {
    files,
    backup: backup.path,
    grants: {
      files: grant(backend, files),
      gpx: grant(backend, join(files, 'run.gpx')),
      csv: grant(backend, join(files, 'runs.csv')),
      backup: backup.grant,
    },
    job: jobId,
    athlete: athlete.id,
    other: other.id,
    run: run.id,
    pain: pain.id,
    shoe: shoe.id,
    assessment: assessment.id,
    session: session.id,
    program: program.id,
    exercise: custom.id,
    builtInExercise: builtIn?.id ?? 0,
    group: group?.id ?? 0,
    acknowledgement: acknowledgement.id,
    closure: closure.id,
    clearance: clearance.id,
    plan: plan.id,
  }
}

type Examples = { [M in MethodName]: (w: World) => MethodInput<M> }

/**
 * A payload each method accepts, against the World. Keyed by MethodName, so a method added to the contract
 * does not compile until it has one: the fuzzers make near misses from it, and ipc/dispatcher.test.ts
 * builds its bad payloads from it.
 */
export const EXAMPLES: Examples = {
  'athletes.list': () => ({ includeArchived: true }),
  'athletes.get': (w) => ({ id: w.athlete }),
  'athletes.create': () => ({
    name: 'Ana',
    birthYear: 1990,
    sex: 'female',
    experience: 'returning',
    runDaysPerWeek: 4,
    goal: 'Half marathon',
    notes: 'Left hip',
    groups: ['Road 10k'],
  }),
  'athletes.update': (w) => ({ id: w.athlete, name: 'Zoë N.', birthYear: null, groups: ['Trail'] }),
  'athletes.archive': (w) => ({ id: w.other }),
  'athletes.restore': (w) => ({ id: w.other }),
  'groups.list': () => ({}),
  'runs.list': (w) => ({ athleteId: w.athlete }),
  'runs.create': (w) => ({
    athleteId: w.athlete,
    date: DATE,
    startTime: '07:30',
    durationMin: 45,
    distanceM: 9000,
    rpe: 6,
    type: 'tempo',
    surface: 'road',
    shoeId: w.shoe,
    cadenceSpm: 172,
    elevationGainM: 40,
    temperatureC: 12.5,
    notes: 'Windy',
  }),
  'runs.update': (w) => ({ id: w.run, date: DATE, durationMin: 50, rpe: 5, notes: 'Felt fine' }),
  'runs.delete': (w) => ({ id: w.run }),
  'runs.restore': (w) => ({ id: w.run }),
  'pain.list': (w) => ({ athleteId: w.athlete }),
  'pain.report': (w) => ({
    athleteId: w.athlete,
    date: DATE,
    time: '08:15',
    runId: w.run,
    score: 4,
    timing: 'during',
    onsetMinute: 20,
    location: 'left',
    character: 'stiffness',
    easedByStretching: 'yes',
    redFlags: ['fever_unwell'],
    notes: 'After the hills',
  }),
  'pain.update': (w) => ({ id: w.pain, date: DATE, score: 1, timing: 'after', notes: 'Better' }),
  'pain.delete': (w) => ({ id: w.pain }),
  'pain.restore': (w) => ({ id: w.pain }),
  'assessments.list': (w) => ({ athleteId: w.athlete }),
  'assessments.create': (w) => ({
    athleteId: w.athlete,
    date: DATE,
    hamstringLeft: 'tight',
    plankSec: 60,
    wallGap: 'one_hand',
    cadenceSpm: 170,
    notes: 'Good',
  }),
  'assessments.update': (w) => ({ id: w.assessment, date: DATE, plankSec: 90, notes: 'Stronger' }),
  'assessments.delete': (w) => ({ id: w.assessment }),
  'shoes.list': (w) => ({ athleteId: w.athlete }),
  'shoes.create': (w) => ({
    athleteId: w.athlete,
    name: 'Pegasus 41',
    startDate: DATE,
    initialDistanceM: 1000,
    retiredDate: null,
    replaceThresholdM: 700_000,
    notes: 'Second pair',
  }),
  'shoes.update': (w) => ({
    id: w.shoe,
    name: 'Pegasus 41',
    startDate: '2026-01-01',
    retiredDate: DATE,
    notes: 'Worn heel',
  }),
  'shoes.delete': (w) => ({ id: w.shoe }),
  'sessions.list': (w) => ({ athleteId: w.athlete }),
  'sessions.create': (w) => ({
    athleteId: w.athlete,
    date: DATE,
    kind: 'mobility',
    completedExercises: ['Plank', 'Bird dog'],
    notes: 'Easy',
  }),
  'sessions.update': (w) => ({ id: w.session, date: DATE, kind: 'strength', completedExercises: ['Plank'] }),
  'sessions.delete': (w) => ({ id: w.session }),
  'edits.list': (w) => ({ recordType: 'run', recordId: w.run }),
  'settings.get': () => ({}),
  'settings.update': () => ({ units: 'km' }),
  'settings.coach': () => ({ name: 'Coach Ñúñez', phone: '+44 20 7946 0000' }),
  'analytics.athlete': (w) => ({ athleteId: w.athlete, through: DATE }),
  'analytics.team': () => ({ through: DATE }),
  'guidance.alerts': (w) => ({ athleteId: w.athlete, today: DATE, hideAcknowledged: true }),
  'guidance.inbox': () => ({ today: DATE }),
  'guidance.badges': () => ({ today: DATE }),
  'guidance.trafficLight': (w) => ({ athleteId: w.athlete, today: DATE }),
  'guidance.acknowledge': (w) => ({
    key: `monotony:${String(w.athlete)}:2026-W11`,
    athleteId: w.athlete,
    note: 'Seen',
  }),
  'guidance.snooze': (w) => ({ key: `monotony:${String(w.athlete)}:2026-W11`, athleteId: w.athlete, until: DATE }),
  'guidance.acknowledgements': (w) => ({ athleteId: w.athlete }),
  'guidance.unacknowledge': (w) => ({ id: w.acknowledgement }),
  'guidance.acknowledgeMany': (w) => ({
    alerts: [{ key: `monotony:${String(w.athlete)}:2026-W12`, athleteId: w.athlete }],
    note: 'Seen',
  }),
  'guidance.unacknowledgeMany': (w) => ({ ids: [w.acknowledgement] }),
  'guidance.clearReferral': (w) => ({
    key: `pain_spreading:${String(w.athlete)}:pain-${String(w.pain)}`,
    athleteId: w.athlete,
    seenOn: DATE,
    clinician: 'GP',
    note: 'Cleared to train',
  }),
  'guidance.clearances': (w) => ({ athleteId: w.athlete }),
  'guidance.removeClearance': (w) => ({ id: w.clearance }),
  'guidance.restoreClearance': (w) => ({ id: w.clearance }),
  'episodes.list': (w) => ({ athleteId: w.athlete, today: DATE }),
  'episodes.close': (w) => ({ athleteId: w.athlete, closedOn: DATE, note: 'Pain free for 2 weeks' }),
  'episodes.closures': (w) => ({ athleteId: w.athlete }),
  'episodes.reopen': (w) => ({ id: w.closure }),
  'episodes.review': (w) => ({ athleteId: w.athlete, start: '2026-03-01' }),
  'demo.status': () => ({}),
  'demo.create': () => ({}),
  'files.choose': () => ({ purpose: 'import-files' }),
  'import.scan': (w) => ({ grants: [w.grants.files] }),
  'import.columns': (w) => ({ grant: w.grants.csv }),
  'import.preview': (w) => ({
    athleteId: w.athlete,
    files: [
      { name: 'run.gpx', grant: w.grants.gpx },
      { name: 'runs.csv', grant: w.grants.csv, mapping: { date: 0, duration: 1, durationUnit: 'minutes' } },
    ],
  }),
  'import.start': (w) => ({ athleteId: w.athlete, files: [{ name: 'run.gpx', grant: w.grants.gpx }] }),
  'import.status': (w) => ({ jobId: w.job, from: 0 }),
  'import.cancel': (w) => ({ jobId: w.job }),
  'import.unrated': (w) => ({ jobId: w.job }),
  'export.csv': () => ({}),
  'export.json': (w) => ({ groupId: w.group, folder: w.grants.files }),
  'backups.list': () => ({}),
  'backups.create': () => ({}),
  'backups.restore': (w) => ({ grant: w.grants.backup }),
  'exercises.list': () => ({}),
  'exercises.create': () => ({ ...exercise(), dosageNote: 'slowly', illustration: 'wall-sit', sides: 'none' }),
  'exercises.update': (w) => ({ ...exercise(), id: w.exercise, sets: 3, reps: 10 }),
  'exercises.restoreDefaults': (w) => ({ id: w.builtInExercise }),
  'exercises.delete': (w) => ({ id: w.exercise }),
  'programs.templates': () => ({}),
  'programs.list': (w) => ({ athleteId: w.athlete }),
  'programs.get': (w) => ({ id: w.program }),
  'programs.create': (w) => ({ athleteId: w.athlete, templateKey: 'core-stability', startDate: MONDAY }),
  'programs.propose': (w) => ({ athleteId: w.athlete, today: DATE }),
  'programs.update': (w) => ({
    id: w.program,
    title: 'Core',
    startDate: MONDAY,
    weeks: 4,
    goal: 'Stronger trunk',
    coachName: 'Sam',
    coachNotes: 'Twice a week',
    status: 'active',
    runDays: [1, 3, 5],
    strengthPerWeek: 2,
    mobilityPerDay: 1,
    items: [
      { exerciseId: w.exercise, session: 'strength', sets: 2, holdSec: 30, note: 'Slow' },
      { exerciseId: w.builtInExercise, session: 'mobility', sets: 1, reps: 8, repsStep: 1 },
    ],
  }),
  'programs.delete': (w) => ({ id: w.program }),
  'programs.sheet': (w) => ({ programId: w.program }),
  'programs.groupSheets': (w) => ({ groupId: w.group }),
  'programs.tick': (w) => ({ programId: w.program, week: 1, sessionKey: '1-strength-1', done: true }),
  'programs.adherence': (w) => ({ athleteId: w.athlete }),
  'print.programPdf': (w) => ({ programId: w.program, paper: 'letter' }),
  'print.groupPdf': (w) => ({ groupId: w.group, paper: 'a4' }),
  'print.planPdf': (w) => ({ athleteId: w.athlete, weekStart: MONDAY, paper: 'letter' }),
  'print.progress': () => ({}),
  'recovery.status': () => ({}),
  'recovery.restore': () => ({}),
  'recovery.openFolder': () => ({}),
  'recovery.quit': () => ({}),
  'plans.list': (w) => ({ athleteId: w.athlete, from: MONDAY, to: '2026-03-22' }),
  'plans.create': (w) => ({
    athleteId: w.athlete,
    date: '2026-03-18',
    time: '07:30',
    kind: 'run',
    runType: 'long',
    durationMin: 75,
    distanceM: 14000,
    rpe: 5,
    surface: 'trail',
    shoeId: w.shoe,
    notes: 'Flat route',
  }),
  'plans.update': (w) => ({
    id: w.plan,
    date: '2026-03-17',
    time: '18:00',
    kind: 'run',
    durationMin: 35,
    notes: 'Easy',
  }),
  'plans.delete': (w) => ({ id: w.plan }),
  'plans.restore': (w) => ({ id: w.plan }),
  'plans.copyWeek': (w) => ({ athleteId: w.athlete, fromWeek: MONDAY, toWeek: '2026-03-23' }),
  'plans.week': (w) => ({ athleteId: w.athlete, weekStart: MONDAY, today: DATE }),
  'plans.warnings': (w) => ({ athleteId: w.athlete, today: DATE }),
  'plans.forecast': (w) => ({ athleteId: w.athlete, today: DATE }),
  'plans.forecastTeam': () => ({ today: DATE }),
  'plans.groupWeek': (w) => ({ groupId: w.group, weekStart: MONDAY, today: DATE }),
  'plans.teamCompliance': () => ({ weekStart: MONDAY, today: DATE }),
  'plans.applyTemplate': (w) => ({
    groupId: w.group,
    fromAthleteId: w.athlete,
    fromWeek: MONDAY,
    toWeek: '2026-03-30',
    factor: 1,
  }),
  'plans.exportIcs': (w) => ({ athleteId: w.athlete, from: MONDAY, to: '2026-03-29', folder: w.grants.files }),
}

export function exampleFor(method: MethodName, world: World): unknown {
  const make = EXAMPLES[method] as ((w: World) => unknown) | undefined
  return make?.(world)
}
