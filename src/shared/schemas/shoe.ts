import * as z from 'zod'
import { id, isoDate, storable, text } from './common'

export const DEFAULT_SHOE_REPLACE_M = 800_000

export const shoeFields = z.strictObject({
  athleteId: id,
  name: z
    .string({ error: 'Name the shoe' })
    .trim()
    .min(1, 'Name the shoe')
    .max(80)
    .refine(...storable),
  startDate: isoDate,
  initialDistanceM: z.number('Enter a distance').min(0, 'Distance cannot be negative').max(10_000_000).default(0),
  retiredDate: isoDate.nullable().default(null),
  replaceThresholdM: z
    .number('Enter a distance')
    .positive('The replace distance must be more than 0')
    .max(10_000_000)
    .default(DEFAULT_SHOE_REPLACE_M),
  notes: text(500).default(''),
})

const retiredAfterStart = {
  check: (s: { startDate: string; retiredDate: string | null }) =>
    s.retiredDate === null || s.retiredDate >= s.startDate,
  params: { message: 'A shoe cannot be retired before it was first used', path: ['retiredDate'] },
}

export const shoeCreate = shoeFields.refine(retiredAfterStart.check, retiredAfterStart.params)
export const shoeUpdate = shoeFields
  .omit({ athleteId: true })
  .extend({ id })
  .refine(retiredAfterStart.check, retiredAfterStart.params)

export type ShoeFields = z.output<typeof shoeFields>
export type ShoeFieldsInput = z.input<typeof shoeFields>
