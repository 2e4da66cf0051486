// Dates travel as ISO calendar days (YYYY-MM-DD) in the coach's local time; never through UTC. They are
// written out by the one formatter in #shared/text, which main uses for alerts too.
import { localIsoDate } from '#shared/dates'

export { formatDate, formatDateTime, formatWeek } from '#shared/text'

export function todayLocal(): string {
  return localIsoDate(new Date())
}
