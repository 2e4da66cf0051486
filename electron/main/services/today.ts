import { localIsoDate } from '#shared/dates'

/** "Today" is the coach's local date unless a request names another day. */
export const today = (): string => localIsoDate(new Date())
