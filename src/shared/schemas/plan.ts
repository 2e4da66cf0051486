import * as z from 'zod'
import { PLAN_KINDS, RUN_TYPES, SURFACES } from '../enums'
import { PAPERS } from '../programs'
import { clockTime, id, isoDate, optionalDistanceM, text } from './common'
import { grantId } from './transfer'

const duration = z
  .number('Enter the duration in minutes')
  .positive('Duration must be more than 0 minutes')
  .max(1440, 'A session cannot last more than 24 hours')

/** What the coach types for one planned session; run fields are ignored (stored empty) for other kinds. */
const planBase = z.strictObject({
  date: isoDate,
  time: clockTime.nullable().default(null),
  kind: z.enum(PLAN_KINDS).default('run'),
  runType: z.enum(RUN_TYPES).nullable().default(null),
  durationMin: duration.nullable().default(null),
  distanceM: optionalDistanceM,
  rpe: z
    .int('Planned RPE is a whole number from 0 to 10')
    .min(0, 'Planned RPE is from 0 to 10')
    .max(10, 'Planned RPE is from 0 to 10')
    .nullable()
    .default(null),
  surface: z.enum(SURFACES).nullable().default(null),
  shoeId: id.nullable().default(null),
  programId: id.nullable().default(null),
  notes: text(1000).default(''),
})

type Base = z.output<typeof planBase>

// A planned run needs a length: a duration or a distance (the forecast and the rules measure it).
const runHasLength = (f: Base) =>
  f.kind !== 'run' || f.durationMin !== null || (f.distanceM !== null && f.distanceM > 0)
const lengthMissing = { message: 'Enter a planned duration or distance for the run', path: ['durationMin'] }

export const planCreate = planBase.extend({ athleteId: id }).refine(runHasLength, lengthMissing)
export const planUpdate = planBase.extend({ id }).refine(runHasLength, lengthMissing)

const rangeFields = { athleteId: id, from: isoDate, to: isoDate }
type RangeFields = { from: string; to: string }
const rangeChecks = <T extends z.ZodType<RangeFields>>(schema: T) =>
  schema
    .refine((r) => r.from <= r.to, { message: 'The end date is before the start date', path: ['to'] })
    .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= MAX_RANGE_DAYS * 86_400_000, {
      message: `Choose at most ${String(MAX_RANGE_DAYS)} days at a time`,
      path: ['to'],
    })

export const MAX_RANGE_DAYS = 400
export const planRange = rangeChecks(z.strictObject(rangeFields))
/** .ics export: into the data folder's exports/ unless the coach chose a folder (its grant). */
export const icsExport = rangeChecks(z.strictObject({ ...rangeFields, folder: grantId.nullable().default(null) }))

const monday = isoDate.refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, 'Weeks start on a Monday')

export const planCopyWeek = z
  .strictObject({ athleteId: id, fromWeek: monday, toWeek: monday })
  .refine((c) => c.fromWeek !== c.toWeek, { message: 'Choose another week to copy to', path: ['toWeek'] })

export const planForecast = z.strictObject({ athleteId: id, today: isoDate.optional() })
/** The printed week plan saved as PDF: one athlete's week on A4 or Letter. */
export const planPdfInput = z.strictObject({ athleteId: id, weekStart: monday, paper: z.enum(PAPERS).default('a4') })
export const teamForecast = z.strictObject({
  today: isoDate.optional(),
  /** only this group's runners; null: every active athlete */
  groupId: id.nullable().default(null),
  /** only the days, weeks and spikes the plan reaches (from plannedFrom on): what the group week reads */
  aheadOnly: z.boolean('Choose yes or no').default(false),
})
export const planWeekOf = z.strictObject({ athleteId: id, weekStart: monday, today: isoDate.optional() })
export const groupWeek = z.strictObject({
  groupId: id.nullable().default(null),
  weekStart: monday,
  today: isoDate.optional(),
})
export const teamCompliance = z.strictObject({ weekStart: monday, today: isoDate.optional() })

export const planTemplate = z.strictObject({
  groupId: id,
  /** the athlete whose week is the template */
  fromAthleteId: id,
  fromWeek: monday,
  toWeek: monday,
  /** each athlete's weekly distance of the last 4 weeks × factor becomes their planned week */
  factor: z
    .number('Enter a factor such as 1.0')
    .min(0.5, 'Use a factor of 0.5 or more')
    .max(1.5, 'Use a factor of at most 1.5'),
})

export type PlanFields = z.output<typeof planCreate>
export type PlanFieldsInput = z.input<typeof planCreate>
export type PlanUpdate = z.output<typeof planUpdate>
