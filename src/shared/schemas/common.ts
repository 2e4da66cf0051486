import * as z from 'zod'

export const id = z.int('Enter a whole number').positive()
export const isoDate = z.iso.date('Use a date like 2026-03-31')
export const clockTime = z.iso.time({ precision: -1, error: 'Use a time like 07:30' })
export const text = (max: number) => z.string().trim().max(max)
export const byId = z.strictObject({ id })
export const byAthlete = z.strictObject({ athleteId: id })
export const empty = z.strictObject({})

export const cadence = z
  .number()
  .min(60, 'Cadence is steps per minute, at least 60')
  .max(260, 'Cadence is steps per minute, at most 260')
