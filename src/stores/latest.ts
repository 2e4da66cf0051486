// The one loader behind every store: what it shows belongs to one key (an athlete, the club), and the
// latest request wins. An answer that arrives after a newer request was made, for this key or another, is
// dropped, so a slow answer for the previous athlete or range can never overwrite or mix with a fresh one.
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { messageOf } from '../api/client'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

export interface Latest<K, T> {
  /** the key of what is shown (or being loaded); null before the first load */
  key: Ref<K | null>
  /** the answer for `key`, null while none has arrived */
  data: ShallowRef<T | null>
  status: Ref<LoadStatus>
  error: Ref<string>
  /** loads `key`; `quiet` keeps the current answer on screen (a refresh after a change) */
  load: (key: K, quiet?: boolean) => Promise<void>
  /** quietly loads the current key again; nothing when nothing was loaded yet */
  reload: () => Promise<void>
}

export function useLatest<K, T>(
  fetch: (key: K) => Promise<T>,
  same = Object.is as (a: K, b: K) => boolean,
): Latest<K, T> {
  const key = ref(null) as Ref<K | null>
  const data = shallowRef<T | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  let latest = 0

  async function load(next: K, quiet = false) {
    const mine = ++latest
    if (key.value === null || !same(key.value, next)) data.value = null
    key.value = next
    if (!quiet || status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      const answer = await fetch(next)
      if (mine !== latest) return
      data.value = answer
      status.value = 'ready'
    } catch (e) {
      if (mine !== latest) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  const reload = () => (key.value === null ? Promise.resolve() : load(key.value, true))

  return { key, data, status, error, load, reload }
}
