// The open athlete's training-load history (analytics.athlete), fetched again whenever a run or a pain
// report of theirs is added, edited, deleted or restored, since every figure after that day moves.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { AthleteLoad } from '#shared/analytics'
import { onRecordsChanged } from './recordChanges'
import type { LoadStatus } from './recordList'

export const useLoadStore = defineStore('load', () => {
  const athleteId = ref<number | null>(null)
  // A few thousand day objects: shallow, because they are replaced whole and never edited in place.
  const data = shallowRef<AthleteLoad | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  let request = 0

  /** `quiet` refreshes in place without showing the loading state again. */
  async function load(id: number, quiet = false) {
    const mine = ++request
    if (athleteId.value !== id) data.value = null
    athleteId.value = id
    if (!quiet || status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      const answer = unwrap(await api.analytics.athlete({ athleteId: id }))
      if (mine !== request) return
      data.value = answer
      status.value = 'ready'
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  function refreshCurrent() {
    if (athleteId.value !== null) void load(athleteId.value, true)
  }

  onRecordsChanged(['runs', 'pain'], refreshCurrent)

  return { athleteId, data, status, error, load }
})
