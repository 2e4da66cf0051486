import * as z from 'zod'
import { FOOT_TYPES, TIGHTNESS, WALL_GAPS } from '../enums'
import { cadence, id, isoDate, text } from './common'

const side = z.enum(TIGHTNESS).nullable().default(null)
const seconds = z.int('Enter whole seconds').min(0, 'Seconds cannot be negative').max(3600).nullable().default(null)

export const assessmentFields = z.strictObject({
  athleteId: id,
  date: isoDate,
  hamstringLeft: side,
  hamstringRight: side,
  hipFlexorLeft: side,
  hipFlexorRight: side,
  plankSec: seconds,
  sidePlankLeftSec: seconds,
  sidePlankRightSec: seconds,
  wallGap: z.enum(WALL_GAPS).nullable().default(null),
  footType: z.enum(FOOT_TYPES).nullable().default(null),
  cadenceSpm: cadence.nullable().default(null),
  notes: text(2000).default(''),
})

export const assessmentCreate = assessmentFields
export const assessmentUpdate = assessmentFields.omit({ athleteId: true }).extend({ id })

export type AssessmentFields = z.output<typeof assessmentFields>
export type AssessmentFieldsInput = z.input<typeof assessmentFields>
