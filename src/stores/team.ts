// The team overview: every active athlete's current figures and flag, prepared by main in one request,
// with this week's plan compliance beside it; loaded again after any write that moves a figure or a flag
// once the overview has been shown.
import { defineStore } from 'pinia'
import { computed, onScopeDispose } from 'vue'
import { api, unwrap } from '../api/client'
import { listen, touches } from '../api/events'
import type { TeamOverview } from '#shared/analytics'
import { DOMAINS, type Domain } from '#shared/changes'
import { isoWeekStart } from '#shared/dates'
import { todayLocal } from '../composables/dates'
import { useLatest } from './latest'

const CLUB = 'club'

interface TeamAnswer {
  overview: TeamOverview
  /** this week's plan compliance % per athlete id (absent: nothing planned; null: nothing due yet) */
  compliance: Record<number, number | null>
}

export const useTeamStore = defineStore('team', () => {
  const {
    data,
    status,
    error,
    load: loadClub,
    reload,
  } = useLatest<typeof CLUB, TeamAnswer>(async () => {
    const [team, plan] = await Promise.all([
      api.analytics.team(),
      api.plans.teamCompliance({ weekStart: isoWeekStart(todayLocal()) }),
    ])
    return { overview: unwrap(team), compliance: unwrap(plan) }
  })
  const overview = computed(() => data.value?.overview ?? null)
  const compliance = computed(() => data.value?.compliance ?? {})

  /** Coming back to the overview shows the last figures while the new ones load. */
  const load = () => loadClub(CLUB, true)

  // Every domain but the exercise library and backups can move a figure or a flag.
  const moves: readonly Domain[] = DOMAINS.filter((d) => d !== 'exercises' && d !== 'backups')
  onScopeDispose(listen('changed', (event) => (touches(event, moves) ? reload() : undefined)))

  return { overview, compliance, status, error, load }
})
