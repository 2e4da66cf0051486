// The open athlete's training calendar: the week (or month) on screen with its warnings and compliance,
// and the load forecast. Every write answers with the session; the shown week, month and forecast are then
// fetched again together, and an answer for an older request never overwrites a newer one.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { api, messageOf, unwrap } from '../api/client'
import { addDays, isoWeekStart } from '#shared/dates'
import type { PlanFix, PlannedSession, PlanForecast, PlanWarning, PlanWeek } from '#shared/planning'
import type { PlanFieldsInput } from '#shared/schemas/plan'
import { todayLocal } from '../composables/dates'
import type { LoadStatus } from './recordList'
import { useRunsStore } from './runs'

export type PlanView = 'week' | 'month'

/** The fields plans.update takes, from a session as the server sent it. */
export function editable(s: PlannedSession) {
  const { uuid: _u, athleteId: _a, load: _l, updatedAt: _t, ...fields } = s
  return fields
}

/** Monday of the first week shown in a month view: the week holding the 1st of the month. */
export function monthGrid(weekStart: string): { from: string; to: string; month: string } {
  const month = addDays(weekStart, 3).slice(0, 7)
  const from = isoWeekStart(`${month}-01`)
  return { from, to: addDays(from, 41), month }
}

export const usePlanStore = defineStore('plan', () => {
  const athleteId = ref<number | null>(null)
  const weekStart = ref(isoWeekStart(todayLocal()))
  const view = ref<PlanView>('week')
  const week = shallowRef<PlanWeek | null>(null)
  const month = shallowRef<{ from: string; sessions: PlannedSession[] } | null>(null)
  const warnings = shallowRef<PlanWarning[]>([])
  const forecast = shallowRef<PlanForecast | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  let request = 0

  async function refresh(quiet = true) {
    const id = athleteId.value
    if (id === null) return
    const mine = ++request
    if (!quiet || status.value !== 'ready') status.value = 'loading'
    try {
      const grid = monthGrid(weekStart.value)
      const [w, f, all, m] = await Promise.all([
        api.plans.week({ athleteId: id, weekStart: weekStart.value }),
        api.plans.forecast({ athleteId: id }),
        api.plans.warnings({ athleteId: id }),
        view.value === 'month' ? api.plans.list({ athleteId: id, from: grid.from, to: grid.to }) : null,
      ])
      if (mine !== request) return
      week.value = unwrap(w)
      forecast.value = unwrap(f)
      warnings.value = unwrap(all)
      month.value = m ? { from: grid.from, sessions: unwrap(m) } : null
      status.value = 'ready'
      error.value = ''
    } catch (e) {
      if (mine !== request) return
      error.value = messageOf(e)
      status.value = 'error'
    }
  }

  function open(id: number) {
    if (athleteId.value !== id) {
      week.value = null
      forecast.value = null
      month.value = null
      weekStart.value = isoWeekStart(todayLocal())
    }
    athleteId.value = id
    return refresh(false)
  }

  function show(next: { weekStart?: string; view?: PlanView }) {
    if (next.weekStart) weekStart.value = isoWeekStart(next.weekStart)
    if (next.view) view.value = next.view
    return refresh()
  }

  async function create(fields: PlanFieldsInput): Promise<PlannedSession> {
    const session = unwrap(await api.plans.create(fields))
    await refresh()
    return session
  }

  async function update(session: PlannedSession, patch: Partial<PlannedSession>): Promise<PlannedSession> {
    const saved = unwrap(await api.plans.update({ ...editable(session), ...patch }))
    await refresh()
    return saved
  }

  const move = (session: PlannedSession, date: string) => update(session, { date })

  /** Applies a one-click fix and answers what undoes it: the session's fields put back, or the new one deleted. */
  async function applyFix(fix: PlanFix): Promise<() => Promise<void>> {
    if ('add' in fix) {
      if (athleteId.value === null) throw new Error('No athlete is open.')
      const added = await create({ athleteId: athleteId.value, ...fix.add })
      return () => remove(added)
    }
    const session =
      week.value?.sessions.find((s) => s.id === fix.sessionId) ??
      month.value?.sessions.find((s) => s.id === fix.sessionId)
    if (!session) throw new Error('That planned session is no longer in the calendar.')
    const before = editable(session)
    const changed = await update(session, fix.patch)
    return async () => {
      await update(changed, before)
    }
  }

  async function remove(session: PlannedSession) {
    unwrap(await api.plans.delete({ id: session.id }))
    await refresh()
  }

  async function restore(id: number) {
    unwrap(await api.plans.restore({ id }))
    await refresh()
  }

  async function copyWeek(toWeek: string) {
    if (athleteId.value === null) return []
    const copies = unwrap(await api.plans.copyWeek({ athleteId: athleteId.value, fromWeek: weekStart.value, toWeek }))
    await refresh()
    return copies
  }

  // A run logged, deleted or restored moves the forecast and compliance.
  useRunsStore().$onAction(({ name, after }) => {
    if (['create', 'remove', 'restore'].includes(name)) after(() => void refresh())
  })

  return {
    athleteId,
    weekStart,
    view,
    week,
    month,
    warnings,
    forecast,
    status,
    error,
    open,
    show,
    refresh,
    create,
    update,
    move,
    applyFix,
    remove,
    restore,
    copyWeek,
  }
})
