// The team overview: every active athlete's current figures and flag, prepared by main in one request.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { TeamOverview } from '#shared/analytics'
import type { LoadStatus } from './recordList'

export const useTeamStore = defineStore('team', () => {
  const overview = shallowRef<TeamOverview | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  let request = 0

  async function load() {
    const mine = ++request
    // Coming back to the overview shows the last figures while the new ones load.
    if (status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      const answer = unwrap(await api.analytics.team())
      if (mine !== request) return
      overview.value = answer
      status.value = 'ready'
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  return { overview, status, error, load }
})
