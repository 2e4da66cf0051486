// The open athlete's training-load history (analytics.athlete), loaded again whenever one of their runs
// or pain reports changes, since every figure after that day moves (a rated import too).
import { defineStore } from 'pinia'
import { onScopeDispose } from 'vue'
import { api, unwrap } from '../api/client'
import { listen, touches } from '../api/events'
import type { AthleteLoad } from '#shared/analytics'
import { useLatest } from './latest'

export const useLoadStore = defineStore('load', () => {
  // A few thousand day objects: held shallow by the loader, replaced whole and never edited in place.
  const {
    key: athleteId,
    data,
    status,
    error,
    load,
    reload,
  } = useLatest<number, AthleteLoad>(async (id) => unwrap(await api.analytics.athlete({ athleteId: id })))

  onScopeDispose(
    listen('changed', (event) => (touches(event, ['runs', 'pain'], athleteId.value) ? reload() : undefined)),
  )

  return { athleteId, data, status, error, load }
})
