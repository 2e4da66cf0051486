// The team overview: every active athlete's current figures and flag, prepared by main in one request.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import type { TeamOverview } from '#shared/analytics'
import type { LoadStatus } from './recordList'
import { isoWeekStart } from '#shared/dates'
import { todayLocal } from '../composables/dates'

export const useTeamStore = defineStore('team', () => {
  const overview = shallowRef<TeamOverview | null>(null)
  /** this week's plan compliance % per athlete id (absent: nothing planned; null: nothing due yet) */
  const compliance = shallowRef<Record<number, number | null>>({})
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  let request = 0

  async function load() {
    const mine = ++request
    // Coming back to the overview shows the last figures while the new ones load.
    if (status.value !== 'ready') status.value = 'loading'
    error.value = ''
    try {
      const [team, plan] = await Promise.all([
        api.analytics.team(),
        api.plans.teamCompliance({ weekStart: isoWeekStart(todayLocal()) }),
      ])
      const answer = unwrap(team)
      const planned = unwrap(plan)
      if (mine !== request) return
      overview.value = answer
      compliance.value = planned
      status.value = 'ready'
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  return { overview, compliance, status, error, load }
})
