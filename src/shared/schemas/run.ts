import * as z from 'zod'
import { RUN_TYPES, SURFACES } from '../enums'
import { cadence, clockTime, id, isoDate, optionalDistanceM, text } from './common'

export const runFields = z.strictObject({
  athleteId: id,
  date: isoDate,
  startTime: clockTime.nullable().default(null),
  durationMin: z
    .number('Enter the duration in minutes')
    .positive('Duration must be more than 0 minutes')
    .max(1440, 'A run cannot last more than 24 hours'),
  distanceM: optionalDistanceM,
  rpe: z
    .int('Session RPE is a whole number from 0 to 10')
    .min(0, 'Session RPE is from 0 to 10')
    .max(10, 'Session RPE is from 0 to 10')
    .nullable()
    .default(null),
  type: z.enum(RUN_TYPES).default('easy'),
  surface: z.enum(SURFACES).nullable().default(null),
  shoeId: id.nullable().default(null),
  cadenceSpm: cadence.nullable().default(null),
  elevationGainM: z.number().min(0, 'Elevation gain cannot be negative').max(20_000).nullable().default(null),
  temperatureC: z.number().min(-50).max(60).nullable().default(null),
  notes: text(2000).default(''),
})

export const runCreate = runFields
export const runUpdate = runFields.omit({ athleteId: true }).extend({ id })

export type RunFields = z.output<typeof runFields>
export type RunFieldsInput = z.input<typeof runFields>

/** The update's fields with unknown keys dropped instead of refused. */
const updateFieldsOf = z.object(runUpdate.shape)

/**
 * The payload that saves `run` again as it is, plus `changes`: every field the coach edits, without what
 * the app derives (load, the start's instant and offset) or fixes at creation (athlete, source).
 */
export function runUpdateOf(
  run: RunFields & { id: number },
  changes: Partial<Omit<RunFields, 'athleteId'>> = {},
): z.output<typeof runUpdate> {
  return updateFieldsOf.parse({ ...run, ...changes })
}
