// Strength and mobility sessions the runner did, for compliance: logged by the coach (the Program tab's
// sessions) or ticked on the printed program sheet. A day with both of one kind counts once (the sheet and
// the log may well describe the same session), as the guidance rule "strength missing" counts them.
import type { DoneSession } from '../../db/repositories/planned'

export type { DoneSession }

/** One entry per kind and day, oldest first; a logged session stands for a tick of the same day. */
export function doneKinds(done: readonly DoneSession[]): DoneSession[] {
  const byDay = new Map<string, DoneSession>()
  for (const d of done) {
    const key = `${d.kind} ${d.date}`
    const known = byDay.get(key)
    if (!known || (known.via === 'ticked' && d.via === 'logged')) byDay.set(key, d)
  }
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : 1))
}
