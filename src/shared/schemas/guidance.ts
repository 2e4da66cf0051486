import * as z from 'zod'
import { id, isoDate, storable, text } from './common'

/** `today` defaults to the coach's local date; tests and reviews of the past pass a date. */
const today = isoDate.optional()
const alertKey = z
  .string()
  .trim()
  .min(1, 'Choose an alert')
  .max(300)
  .refine(...storable)

export const alertsInput = z.strictObject({ athleteId: id, today, hideAcknowledged: z.boolean().default(false) })
export const onDayInput = z.strictObject({ today })
export const athleteOnDayInput = z.strictObject({ athleteId: id, today })
export const acknowledgeInput = z.strictObject({ key: alertKey, athleteId: id, note: text(500).default('') })
export const clearReferralInput = z.strictObject({
  key: alertKey,
  athleteId: id,
  seenOn: isoDate,
  clinician: text(120).default(''),
  note: text(500).default(''),
})
export const snoozeInput = acknowledgeInput.extend({ until: isoDate })
/** The inbox's "Acknowledge all": every alert in one transaction, all or none. */
export const acknowledgeManyInput = z.strictObject({
  alerts: z
    .array(z.strictObject({ key: alertKey, athleteId: id }))
    .min(1, 'Choose at least one alert')
    .max(1000, 'At most 1000 alerts at once'),
  note: text(500).default(''),
})
/** Undo of "Acknowledge all": the acknowledgements it made, removed together. */
export const unacknowledgeManyInput = z.strictObject({
  ids: z.array(id).min(1, 'Choose at least one acknowledgement').max(1000, 'At most 1000 at once'),
})
export const closeEpisodeInput = z.strictObject({ athleteId: id, closedOn: isoDate, note: text(500).default('') })
export const episodeReviewInput = z.strictObject({ athleteId: id, start: isoDate })
