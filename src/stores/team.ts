// The team overview: every active athlete's current figures and flag, prepared by main in one request,
// loaded again after any write that moves a figure or a flag once the overview has been shown.
import { defineStore } from 'pinia'
import { onScopeDispose } from 'vue'
import { api, unwrap } from '../api/client'
import { listen, touches } from '../api/events'
import type { TeamOverview } from '#shared/analytics'
import { DOMAINS, type Domain } from '#shared/changes'
import { useLatest } from './latest'

const CLUB = 'club'

export const useTeamStore = defineStore('team', () => {
  const {
    data: overview,
    status,
    error,
    load: loadClub,
    reload,
  } = useLatest<typeof CLUB, TeamOverview>(async () => unwrap(await api.analytics.team()))

  /** Coming back to the overview shows the last figures while the new ones load. */
  const load = () => loadClub(CLUB, true)

  // Every domain but the exercise library and backups can move a figure or a flag.
  const moves: readonly Domain[] = DOMAINS.filter((d) => d !== 'exercises' && d !== 'backups')
  onScopeDispose(listen('changed', (event) => (touches(event, moves) ? reload() : undefined)))

  return { overview, status, error, load }
})
