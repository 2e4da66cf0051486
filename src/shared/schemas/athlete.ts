import * as z from 'zod'
import { EXPERIENCE, SEX } from '../enums'
import { id, storable, text } from './common'

export const groupName = z
  .string()
  .trim()
  .min(1, 'A group needs a name')
  .max(40, 'Group names are at most 40 characters')
  .refine(...storable)

export const athleteFields = z.strictObject({
  name: z
    .string({ error: 'Name is required' })
    .trim()
    .min(1, 'Name is required')
    .max(80, 'Names are at most 80 characters')
    .refine(...storable),
  birthYear: z
    .int('Enter a year like 1990')
    .min(1920, 'Enter a year after 1920')
    .max(new Date().getFullYear(), 'The birth year cannot be in the future')
    .nullable()
    .default(null),
  sex: z.enum(SEX).nullable().default(null),
  experience: z.enum(EXPERIENCE).default('experienced'),
  runDaysPerWeek: z.int('Enter a whole number').min(0, 'At least 0').max(7, 'A week has 7 days').default(3),
  goal: text(200).default(''),
  notes: text(2000).default(''),
  groups: z.array(groupName).max(20).default([]),
})

export const athleteCreate = athleteFields
export const athleteUpdate = athleteFields.extend({ id })
export const athleteList = z.strictObject({ includeArchived: z.boolean().default(false) })

export type AthleteFields = z.output<typeof athleteFields>
export type AthleteFieldsInput = z.input<typeof athleteFields>
