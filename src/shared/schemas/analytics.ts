import * as z from 'zod'
import { id, isoDate } from './common'

/** `through` defaults to today's date on the coach's computer. */
export const athleteLoadInput = z.strictObject({ athleteId: id, through: isoDate.optional() })
export const teamInput = z.strictObject({ through: isoDate.optional() })
