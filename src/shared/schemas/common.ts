import * as z from 'zod'

export const id = z.int('Enter a whole number').positive()
export const isoDate = z.iso.date('Use a date like 2026-03-31')
export const clockTime = z.iso.time({ precision: -1, error: 'Use a time like 07:30' })
/**
 * Text SQLite keeps exactly as typed: no U+0000 (SQLite's length() stops there, so a name that starts with
 * one passes a length check here and fails the database's) and no lone surrogate (not UTF-8: it would be
 * stored as U+FFFD). Every string the app stores goes through this check.
 */
export const storable = [
  (value: string) => !value.includes('\u0000') && !/\p{Cs}/u.test(value),
  'Remove the invisible or broken characters from this text',
] as const
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(...storable)
/** A run's distance in metres, done or planned; empty when the coach leaves it out. */
export const optionalDistanceM = z
  .number('Enter a distance')
  .min(0, 'Distance cannot be negative')
  .max(1_000_000, 'That distance is more than 1000 km')
  .nullable()
  .default(null)
export const byId = z.strictObject({ id })
export const byAthlete = z.strictObject({ athleteId: id })
export const empty = z.strictObject({})

export const cadence = z
  .number()
  .min(60, 'Cadence is steps per minute, at least 60')
  .max(260, 'Cadence is steps per minute, at most 260')
