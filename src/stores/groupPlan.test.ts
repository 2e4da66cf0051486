// @vitest-environment happy-dom
// The group week and its "Plan ahead" forecasts arrive together from one team forecast request, reload on a
// change while the view is open, and never show an answer from before a change made while it was closed.
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GroupWeek, PlanForecast } from '#shared/planning'
import { ok } from '../../test/renderer/helpers'
import { announce } from '../api/events'
import { useGroupPlanStore } from './groupPlan'

const api = { plans: { groupWeek: vi.fn(), forecastTeam: vi.fn(), forecast: vi.fn() } }
Object.assign(window, { api })

const WEEK = '2026-12-07'
const week = (name: string): GroupWeek => ({
  weekStart: WEEK,
  rows: [
    {
      athleteId: 1,
      name,
      sessions: [],
      done: [],
      compliance: { weekStart: WEEK, due: 0, inBand: 0, pct: null, sessions: [], unplannedRunIds: [] },
    },
  ],
})
const forecast = (plannedFrom: string | null): PlanForecast => ({
  athleteId: 1,
  from: null,
  through: WEEK,
  days: [],
  weeks: [],
  spikes: [],
  today: WEEK,
  plannedFrom,
})

beforeEach(() => {
  vi.clearAllMocks()
  setActivePinia(createPinia())
  api.plans.groupWeek.mockImplementation(() => ok(week('Maren Holt')))
  api.plans.forecastTeam.mockImplementation(() => ok({ 1: forecast(null) }))
})

afterEach(() => useGroupPlanStore().$dispose())

describe('the group week store', () => {
  it('asks for every runner’s forecast in one request with the week, never one per athlete', async () => {
    const store = useGroupPlanStore()
    store.opened()
    await store.show({ groupId: 3, weekStart: WEEK })
    expect(api.plans.groupWeek).toHaveBeenCalledWith({ groupId: 3, weekStart: WEEK })
    expect(api.plans.forecastTeam).toHaveBeenCalledTimes(1)
    expect(api.plans.forecast).not.toHaveBeenCalled()
    expect(store.data?.ahead[1]?.plannedFrom).toBeNull()
  })

  it('reloads the rows and forecasts when a plan or a run changes while open, not for the exercise library', async () => {
    const store = useGroupPlanStore()
    store.opened()
    await store.show({ groupId: null, weekStart: WEEK })
    await announce('changed', { athleteId: null, domains: ['exercises'] })
    expect(api.plans.forecastTeam).toHaveBeenCalledTimes(1)

    api.plans.forecastTeam.mockImplementation(() => ok({ 1: forecast('2026-12-09') }))
    await announce('changed', { athleteId: 1, domains: ['plans'] })
    expect(store.data?.ahead[1]?.plannedFrom).toBe('2026-12-09')
    expect(store.status).toBe('ready')
    await announce('changed', { athleteId: 1, domains: ['runs'] })
    expect(api.plans.forecastTeam).toHaveBeenCalledTimes(3)
  })

  it('a change made while the view was closed: nothing loads then, and the next opening shows no old answer', async () => {
    const store = useGroupPlanStore()
    store.opened()
    await store.show({ groupId: null, weekStart: WEEK })
    store.closed()
    await announce('changed', { athleteId: 1, domains: ['plans'] })
    expect(api.plans.forecastTeam).toHaveBeenCalledTimes(1)

    store.opened()
    const opening = store.show({ groupId: null, weekStart: WEEK })
    expect(store.status).toBe('loading')
    await opening
    expect(store.status).toBe('ready')

    // Opened again with nothing changed: the last answer stays on screen while it is fetched again.
    store.closed()
    store.opened()
    const again = store.show({ groupId: null, weekStart: WEEK })
    expect(store.status).toBe('ready')
    await again
    expect(api.plans.forecastTeam).toHaveBeenCalledTimes(3)
  })
})
