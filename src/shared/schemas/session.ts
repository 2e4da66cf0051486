import * as z from 'zod'
import { SESSION_KINDS } from '../enums'
import { id, isoDate, storable, text } from './common'

export const sessionFields = z.strictObject({
  athleteId: id,
  date: isoDate,
  kind: z.enum(SESSION_KINDS).default('strength'),
  completedExercises: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(80)
        .refine(...storable),
    )
    .max(60)
    .default([]),
  notes: text(1000).default(''),
})

export const sessionCreate = sessionFields
export const sessionUpdate = sessionFields.omit({ athleteId: true }).extend({ id })

export type SessionFields = z.output<typeof sessionFields>
export type SessionFieldsInput = z.input<typeof sessionFields>
