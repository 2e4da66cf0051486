import * as z from 'zod'
import { SESSION_KINDS } from '../enums'
import { isoWeekday } from '../dates'
import { EXERCISE_CATEGORIES, PAPERS, PROGRAM_STATUSES, SIDES, TARGETS } from '../programs'
import { id, isoDate, storable, text } from './common'

const sets = z.int('Sets are a whole number').min(1, 'At least 1 set').max(10, 'At most 10 sets')
const reps = z.int('Reps are a whole number').min(1, 'At least 1 rep').max(200, 'At most 200 reps').nullable()
const holdSec = z.int('Enter whole seconds').min(1, 'Hold at least 1 s').max(600, 'Hold at most 600 s').nullable()
const restSec = z.int('Enter whole seconds').min(0, 'Rest cannot be negative').max(600, 'Rest at most 600 s').nullable()

const dosage = {
  sets,
  reps: reps.default(null),
  holdSec: holdSec.default(null),
  sides: z.enum(SIDES).default('none'),
  restSec: restSec.default(null),
}

const repsOrHold = {
  check: (d: { reps: number | null; holdSec: number | null }) => d.reps !== null || d.holdSec !== null,
  params: { message: 'Give reps, a hold time or both', path: ['reps'] },
}

const cue = z
  .string()
  .trim()
  .min(1, 'A cue cannot be empty')
  .max(140, 'Keep each cue under 140 characters')
  .refine(...storable)

export const exerciseFields = z.strictObject({
  name: z
    .string({ error: 'Name the exercise' })
    .trim()
    .min(1, 'Name the exercise')
    .max(60, 'At most 60 characters')
    .refine(...storable),
  category: z.enum(EXERCISE_CATEGORIES),
  targets: z.array(z.enum(TARGETS)).min(1, 'Pick at least one target').max(TARGETS.length),
  ...dosage,
  dosageNote: text(80).default(''),
  cues: z.array(cue).min(2, 'Write 2 to 4 cues').max(4, 'Write 2 to 4 cues'),
  stopIf: z
    .string({ error: 'Say when to stop' })
    .trim()
    .min(1, 'Say when to stop')
    .max(200, 'At most 200 characters')
    .refine(...storable),
  illustration: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'Pick a drawing from the list')
    .nullable()
    .default(null),
})

/** The exercise's own fields, in form order: what a form checks and what "still the default" compares. */
export const EXERCISE_FIELD_NAMES = exerciseFields.keyof().options

export const exerciseCreate = exerciseFields.refine(repsOrHold.check, repsOrHold.params)
export const exerciseUpdate = exerciseFields.extend({ id }).refine(repsOrHold.check, repsOrHold.params)

export const programItemFields = z
  .strictObject({
    exerciseId: id,
    session: z.enum(SESSION_KINDS),
    ...dosage,
    repsStep: z.int('Enter a whole number').min(0, 'Cannot be negative').max(20, 'At most +20 a week').default(0),
    holdStep: z.int('Enter whole seconds').min(0, 'Cannot be negative').max(60, 'At most +60 s a week').default(0),
    note: text(120).default(''),
  })
  .refine(repsOrHold.check, repsOrHold.params)

const monday = isoDate.refine((date) => isoWeekday(date) === 0, {
  message: 'Start the program on a Monday, so every printed week runs Monday to Sunday',
  // Only on a real date: isoWeekday throws on anything else, and a schema must refuse, never throw.
  when: (payload) => payload.issues.length === 0,
})

export const programSettingsFields = z.strictObject({
  title: z
    .string({ error: 'Give the program a title' })
    .trim()
    .min(1, 'Give the program a title')
    .max(80)
    .refine(...storable),
  startDate: monday,
  weeks: z.int('Enter a whole number of weeks').min(1, 'At least 1 week').max(16, 'At most 16 weeks'),
  goal: text(200).default(''),
  coachName: text(80).default(''),
  coachNotes: text(1000).default(''),
  status: z.enum(PROGRAM_STATUSES).default('draft'),
  runDays: z
    .array(z.int().min(0, 'Pick days from Monday to Sunday').max(6, 'Pick days from Monday to Sunday'))
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Pick each day once'),
  strengthPerWeek: z.int('Enter 2 or 3').min(2, 'Strength 2 or 3 times a week').max(3, 'Strength 2 or 3 times a week'),
  mobilityPerDay: z.int('Enter 1 or 2').min(1, 'Stretch once or twice a day').max(2, 'Stretch once or twice a day'),
})

export const programUpdate = programSettingsFields.extend({
  id,
  items: z.array(programItemFields).max(40, 'At most 40 exercises in one program'),
})

export const programCreate = z.strictObject({
  athleteId: id,
  templateKey: z.string().max(40).nullable().default(null),
  startDate: monday.optional(),
  /** the coach's local date; the start defaults to the Monday after it */
  today: isoDate.optional(),
})

export const programPropose = z.strictObject({ athleteId: id, startDate: monday.optional(), today: isoDate.optional() })

export const tickInput = z.strictObject({
  programId: id,
  week: z.int('Enter a week number').min(1, 'Weeks start at 1').max(16, 'At most 16 weeks'),
  sessionKey: z.string().regex(/^[0-6]-(warmup|cooldown|strength|mobility)-[12]$/, 'Unknown session'),
  done: z.boolean(),
})

export const byProgram = z.strictObject({ programId: id })
export const byGroup = z.strictObject({ groupId: id })
export const programPdfInput = z.strictObject({ programId: id, paper: z.enum(PAPERS).default('a4') })
export const groupPdfInput = z.strictObject({ groupId: id, paper: z.enum(PAPERS).default('a4') })

export type ExerciseFields = z.output<typeof exerciseFields>
export type ExerciseFieldsInput = z.input<typeof exerciseFields>
export type ProgramItemFields = z.output<typeof programItemFields>
export type ProgramSettingsFields = z.output<typeof programSettingsFields>
export type ProgramUpdate = z.output<typeof programUpdate>
export type ProgramUpdateInput = z.input<typeof programUpdate>

/** The editable fields of a stored exercise, e.g. to start an edit form or copy a built-in. */
export function exerciseFieldsOf(e: ExerciseFields): ExerciseFields {
  return {
    name: e.name,
    category: e.category,
    targets: [...e.targets],
    sets: e.sets,
    reps: e.reps,
    holdSec: e.holdSec,
    sides: e.sides,
    restSec: e.restSec,
    dosageNote: e.dosageNote,
    cues: [...e.cues],
    stopIf: e.stopIf,
    illustration: e.illustration,
  }
}
