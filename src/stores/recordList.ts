// The shared shape of a per-athlete list (runs, pain reports, assessments, shoes, programs): loaded
// through the "latest request wins" loader, kept in the server's order, and loaded again when a write
// anywhere changed one of the domains it depends on (src/api/events.ts).
import { computed, onScopeDispose } from 'vue'
import type * as z from 'zod'
import type { Domain } from '#shared/changes'
import type { Result } from '#shared/result'
import { unwrap } from '../api/client'
import { listen, touches } from '../api/events'
import { useLatest } from './latest'

export type { LoadStatus } from './latest'

export function useRecordList<T extends { id: number }>(
  fetch: (athleteId: number) => Promise<Result<T[]>>,
  compare: (a: T, b: T) => number,
  dependsOn: readonly Domain[],
) {
  const latest = useLatest<number, T[]>(async (athleteId) => unwrap(await fetch(athleteId)))
  const { key: athleteId, status, error, load, reload } = latest
  const items = computed<T[]>({
    get: () => latest.data.value ?? [],
    set: (next) => (latest.data.value = next),
  })

  /** Puts a created, updated or restored record in place at once, if it belongs to the athlete on screen. */
  function put(item: T & { athleteId: number }) {
    if (item.athleteId !== athleteId.value) return
    items.value = [...items.value.filter((i) => i.id !== item.id), item].sort(compare)
  }

  function drop(id: number) {
    items.value = items.value.filter((i) => i.id !== id)
  }

  onScopeDispose(listen('changed', (event) => (touches(event, dependsOn, athleteId.value) ? reload() : undefined)))

  return { athleteId, items, status, error, load, reload, put, drop }
}

/** Newest first, like the back end's lists. */
export function newestFirst<T extends { id: number }>(dateOf: (item: T) => string) {
  return (a: T, b: T) => dateOf(b).localeCompare(dateOf(a)) || b.id - a.id
}

/** A record's fields as its form sends them (for Undo of an edit): the schema's keys, nothing else. */
export function fieldsOf<S extends z.ZodObject>(schema: S, record: z.output<S>): z.output<S> {
  const source = record as Record<string, unknown>
  return Object.fromEntries(Object.keys(schema.shape).map((k) => [k, source[k]])) as z.output<S>
}

/** An update payload: the record's id and its fields; the athlete a record belongs to never changes. */
export function updateOf<F extends { athleteId: number }>(
  id: number,
  fields: F,
): Omit<F, 'athleteId'> & { id: number } {
  const payload: Partial<F> = { ...fields }
  delete payload.athleteId
  return { ...(payload as Omit<F, 'athleteId'>), id }
}
