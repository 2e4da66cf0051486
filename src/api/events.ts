// The renderer's one typed event bus. The api client announces what every successful write changed;
// stores listen and reload what they show. No store calls another or matches its action names.
import type { Domain } from '#shared/changes'

export interface Changed {
  /** the athlete whose data changed; null when it may be any athlete (a delete, a restore of the database) */
  athleteId: number | null
  domains: readonly Domain[]
}

export interface Events {
  changed: Changed
}

type Listener<K extends keyof Events> = (event: Events[K]) => void | Promise<unknown>

const listeners: { [K in keyof Events]: Set<Listener<K>> } = { changed: new Set() }

/** Calls `listener` on every event of kind `kind` until the returned function is called. */
export function listen<K extends keyof Events>(kind: K, listener: Listener<K>): () => void {
  listeners[kind].add(listener)
  return () => listeners[kind].delete(listener)
}

/**
 * Tells every listener; resolves once the work they started (reloads) has settled, so a caller that
 * awaits a write sees every store fresh. A failing listener never fails the write: stores show their
 * own load errors.
 */
export async function announce<K extends keyof Events>(kind: K, event: Events[K]): Promise<void> {
  await Promise.allSettled([...listeners[kind]].map(async (listener) => listener(event)))
}

/** True when the change concerns `athleteId` (or any athlete) and one of `domains`. */
export function touches(event: Changed, domains: readonly Domain[], athleteId?: number | null): boolean {
  if (!event.domains.some((d) => domains.includes(d))) return false
  return athleteId === undefined || athleteId === null || event.athleteId === null || event.athleteId === athleteId
}
