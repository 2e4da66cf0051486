import * as z from 'zod'
import { UNITS } from '../enums'

export const settingsUpdate = z.strictObject({
  units: z.enum(UNITS),
})

export type SettingsUpdate = z.output<typeof settingsUpdate>
