// When each session happens, as the runner reads it on the sheet.
import type { SessionKind } from '#shared/enums'

const WHEN: Record<SessionKind, string> = {
  warmup: 'Before every run',
  cooldown: 'Straight after every run',
  strength: 'On the strength days, 4–6 hours after the run',
  mobility: 'Every day',
}

export function sessionWhen(session: SessionKind, mobilityPerDay: number): string {
  return session === 'mobility' && mobilityPerDay === 2 ? 'Twice every day' : WHEN[session]
}
