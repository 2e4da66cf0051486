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

let pending: Promise<unknown> = Promise.resolve()

/**
 * Tells every listener; resolves once the work they started (reloads) has settled. A failing listener
 * never fails anything: stores show their own load errors.
 */
export function announce<K extends keyof Events>(kind: K, event: Events[K]): Promise<void> {
  const work = Promise.allSettled([...listeners[kind]].map(async (listener) => listener(event))).then(() => undefined)
  pending = Promise.all([pending, work])
  return work
}

/** Settles once every reload started by the changes announced so far has settled. */
export async function whenFresh(): Promise<void> {
  let seen: Promise<unknown>
  do {
    seen = pending
    await seen
  } while (seen !== pending)
}

/** True when the change concerns `athleteId` (or any athlete) and one of `domains`. */
export function touches(event: Changed, domains: readonly Domain[], athleteId?: number | null): boolean {
  if (!event.domains.some((d) => domains.includes(d))) return false
  return athleteId === undefined || athleteId === null || event.athleteId === null || event.athleteId === athleteId
}
