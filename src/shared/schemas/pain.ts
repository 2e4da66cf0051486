import * as z from 'zod'
import { EASED_BY_STRETCHING, PAIN_CHARACTERS, PAIN_LOCATIONS, PAIN_TIMINGS, RED_FLAGS } from '../enums'
import { clockTime, id, isoDate, text } from './common'

export const painFields = z.strictObject({
  athleteId: id,
  date: isoDate,
  time: clockTime.nullable().default(null),
  runId: id.nullable().default(null),
  score: z.int('Pain is a whole number from 0 to 10').min(0, 'Pain is from 0 to 10').max(10, 'Pain is from 0 to 10'),
  timing: z.enum(PAIN_TIMINGS),
  onsetMinute: z.int('Enter whole minutes').min(0, 'Minutes cannot be negative').max(1440).nullable().default(null),
  location: z.enum(PAIN_LOCATIONS).default('central'),
  character: z.enum(PAIN_CHARACTERS).default('ache'),
  easedByStretching: z.enum(EASED_BY_STRETCHING).default('not_tried'),
  redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length).default([]),
  notes: text(2000).default(''),
})

const onsetOnlyDuringRun = {
  check: (p: { onsetMinute: number | null; timing: string }) => p.onsetMinute === null || p.timing === 'during',
  params: { message: 'The minute of onset only applies to pain during a run', path: ['onsetMinute'] },
}

export const painCreate = painFields.refine(onsetOnlyDuringRun.check, onsetOnlyDuringRun.params)
export const painUpdate = painFields
  .omit({ athleteId: true })
  .extend({ id })
  .refine(onsetOnlyDuringRun.check, onsetOnlyDuringRun.params)

export type PainFields = z.output<typeof painFields>
export type PainFieldsInput = z.input<typeof painFields>
