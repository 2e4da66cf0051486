// Values that pass the schema but are unlikely for a strength or mobility session: the coach sees them
// before anything is saved and fixes them or saves anyway (as the run form does). Typical causes: a date
// typed a year or a month off, a session logged twice, or the form saved before the exercises were typed.
import { addDays } from '#shared/dates'
import type { SessionKind } from '#shared/enums'
import { SESSION_KIND_LABEL } from '#shared/labels'
import type { SessionFields } from '#shared/schemas/session'
import type { StrengthSession } from '#shared/types'
import { formatDate } from '#shared/text'

/** Older than this is more likely a typo than a session entered late from the sheet. */
export const OLDEST_DAYS = 365

export interface SessionWarning {
  /** the field to look at first */
  field: 'date' | 'kind' | 'completedExercises'
  message: string
}

type Checked = Pick<SessionFields, 'date' | 'kind' | 'completedExercises'>

/** `others`: the runner's sessions already logged (the one being edited is left out by `editingId`). */
export function sessionWarnings(
  session: Checked,
  today: string,
  others: readonly Pick<StrengthSession, 'id' | 'date' | 'kind'>[],
  editingId: number | null = null,
): SessionWarning[] {
  const found: SessionWarning[] = []
  if (session.date > today) found.push({ field: 'date', message: 'The date is in the future.' })
  if (session.date < addDays(today, -OLDEST_DAYS)) {
    found.push({ field: 'date', message: `The date is more than a year ago (${formatDate(session.date)}).` })
  }
  const kind = label(session.kind)
  if (others.some((s) => s.id !== editingId && s.date === session.date && s.kind === session.kind)) {
    found.push({ field: 'kind', message: `A ${kind} session is already logged on ${formatDate(session.date)}.` })
  }
  if (session.completedExercises.length === 0) {
    found.push({ field: 'completedExercises', message: 'No exercises are listed: the session is saved without them.' })
  }
  return found
}

const label = (kind: SessionKind) => SESSION_KIND_LABEL[kind].toLowerCase()
