// The shared shape of a per-athlete list (runs, pain reports, assessments, shoes): load it, keep it in
// the server's order, and never let an answer for a previous athlete overwrite the current one.
import { ref, type Ref } from 'vue'
import type * as z from 'zod'
import type { Result } from '#shared/result'
import { messageOf, unwrap } from '../api/client'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export function useRecordList<T extends { id: number }>(
  fetch: (athleteId: number) => Promise<Result<T[]>>,
  compare: (a: T, b: T) => number,
) {
  const athleteId = ref<number | null>(null)
  const items = ref<T[]>([]) as Ref<T[]>
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  let request = 0

  /** `quiet` refreshes in place (after a change elsewhere) without showing the loading state again. */
  async function load(id: number, quiet = false) {
    const mine = ++request
    if (athleteId.value !== id) items.value = []
    athleteId.value = id
    if (!quiet || status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      const list = unwrap(await fetch(id))
      if (mine !== request) return
      items.value = list
      status.value = 'ready'
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  /** Puts a created, updated or restored record in place, if it belongs to the athlete on screen. */
  function put(item: T & { athleteId: number }) {
    if (item.athleteId !== athleteId.value) return
    items.value = [...items.value.filter((i) => i.id !== item.id), item].sort(compare)
  }

  function drop(id: number) {
    items.value = items.value.filter((i) => i.id !== id)
  }

  /** Refreshes quietly when `id` is the athlete on screen (derived figures changed on the server). */
  function refresh(id: number) {
    return athleteId.value === id ? load(id, true) : Promise.resolve()
  }

  return { athleteId, items, status, error, load, put, drop, refresh }
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
