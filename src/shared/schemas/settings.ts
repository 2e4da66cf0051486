import * as z from 'zod'
import { UNITS } from '../enums'
import { text } from './common'

export const settingsUpdate = z.strictObject({
  units: z.enum(UNITS),
})

export type SettingsUpdate = z.output<typeof settingsUpdate>

/** The coach profile printed on every sheet's safety box; both may be empty ("your coach"). */
export const coachProfileUpdate = z.strictObject({
  name: text(80),
  phone: text(40).refine((v) => v === '' || /^[0-9+()\-.\s/]{3,40}$/.test(v), 'Use digits, spaces and + ( ) - only'),
})

export type CoachProfileUpdate = z.output<typeof coachProfileUpdate>
