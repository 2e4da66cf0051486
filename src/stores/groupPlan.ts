// The group week on the Plan tab: a group's week (athletes as rows, planned against done, compliance) and
// the group's forecasts cut to what each plan reaches (plans.forecastTeam, one request for the whole
// group) for the "Plan ahead" column. Both are fetched together, so the rows and their forecasts are always
// of one moment, and the latest request wins. While the view is open a change to plans, runs or sessions
// reloads it; a change made while it is closed makes the next opening load afresh instead of showing the
// old answer first.
import { defineStore } from 'pinia'
import { onScopeDispose } from 'vue'
import { api, unwrap } from '../api/client'
import { listen, touches } from '../api/events'
import type { Domain } from '#shared/changes'
import type { GroupWeek, PlanForecast } from '#shared/planning'
import { useLatest } from './latest'

export interface GroupPlanKey {
  /** null: every active athlete */
  groupId: number | null
  weekStart: string
}

export interface GroupPlanAnswer {
  week: GroupWeek
  /** each active athlete's forecast by id (plans.forecastTeam) */
  ahead: Record<number, PlanForecast>
}

/** What moves a row: the plan, runs done, strength and mobility logged or ticked, the runners themselves. */
const MOVES: readonly Domain[] = ['plans', 'runs', 'sessions', 'programs', 'athletes']

const sameKey = (a: GroupPlanKey, b: GroupPlanKey) => a.groupId === b.groupId && a.weekStart === b.weekStart

export const useGroupPlanStore = defineStore('groupPlan', () => {
  const { key, data, status, error, load, reload } = useLatest<GroupPlanKey, GroupPlanAnswer>(async (next) => {
    const [week, ahead] = await Promise.all([
      api.plans.groupWeek({ groupId: next.groupId, weekStart: next.weekStart }),
      api.plans.forecastTeam({ groupId: next.groupId, aheadOnly: true }),
    ])
    return { week: unwrap(week), ahead: unwrap(ahead) }
  }, sameKey)
  let open = 0
  let stale = false

  onScopeDispose(
    listen('changed', (event) => {
      if (!touches(event, MOVES)) return undefined
      if (open > 0) return reload()
      stale = true
      return undefined
    }),
  )

  /** The view opens (or shows another group or week): the last answer stays only for the same key, unchanged. */
  function show(next: GroupPlanKey) {
    const quiet = !stale && key.value !== null && sameKey(key.value, next)
    stale = false
    return load(next, quiet)
  }

  return {
    data,
    status,
    error,
    show,
    reload,
    opened: () => void (open += 1),
    closed: () => void (open = Math.max(0, open - 1)),
  }
})
