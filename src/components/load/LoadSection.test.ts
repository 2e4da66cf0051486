// @vitest-environment happy-dom
// The load section with its chart stubbed (happy-dom has no canvas; drawing is checked in Playwright).
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { AthleteLoad, LoadDay } from '#shared/analytics'
import { addDays } from '#shared/dates'
import { useLoadStore } from '../../stores/load'
import { useRunsStore } from '../../stores/runs'
import { ok } from '../../../test/renderer/helpers'
import LoadSection from './LoadSection.vue'
import { runCreate } from '#shared/schemas/run'
import type * as Client from '../../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ analytics: ['athlete'], runs: ['create'], shoes: ['list'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

function history(days: number): AthleteLoad {
  const through = '2026-03-31'
  const from = addDays(through, 1 - days)
  const list: LoadDay[] = Array.from({ length: days }, (_, i) => ({
    date: addDays(from, i),
    distanceM: i % 2 ? 8000 : 0,
    durationMin: i % 2 ? 45 : 0,
    load: i % 2 ? 225 : 0,
    runCount: i % 2,
    acuteEwma: 110,
    chronicEwma: 100,
    acwrEwma: 1.1,
    acwrRolling: 1.1,
    monotony: 0.9,
    strain: 0,
    fitness: 0,
    fatigue: 0,
    form: 0,
  }))
  return { athleteId: 7, from: days ? from : null, through, days: list, weeks: [], spikes: [] }
}

async function mountSection(query = '') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/athletes/:id', component: { render: () => null } }],
  })
  await router.push(`/athletes/7${query}`)
  const pinia = createPinia()
  setActivePinia(pinia)
  await useLoadStore().load(7)
  const wrapper = mount(LoadSection, {
    props: { athleteId: 7 },
    global: { plugins: [pinia, router], stubs: { LoadChart: true } },
  })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => {
  vi.clearAllMocks()
  api.analytics.athlete.mockImplementation(() => ok(history(200)))
  api.shoes.list.mockImplementation(() => ok([]))
})

describe('LoadSection', () => {
  it('explains that the chart starts with the first run when there is none', async () => {
    api.analytics.athlete.mockImplementation(() => ok(history(0)))
    const { wrapper } = await mountSection()
    expect(wrapper.find('[data-testid="load-empty"]').text()).toContain('The chart starts with the first run')
    expect(wrapper.findComponent({ name: 'LoadChart' }).exists()).toBe(false)
    expect(wrapper.find('details summary').text()).toBe('What am I looking at?')
  })

  it('shows 12 weeks by default and the window the coach picks, kept in the address', async () => {
    const { wrapper, router } = await mountSection()
    const chart = () => wrapper.findComponent({ name: 'LoadChart' })
    expect(chart().props('window')).toEqual({ start: '2026-01-07', end: '2026-03-31', days: 84, weekly: false })

    await wrapper.find('input[value="4w"]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query.range).toBe('4w')
    expect(chart().props('window')).toMatchObject({ start: '2026-03-04', days: 28 })
  })

  it('opens on the range named in the address', async () => {
    const { wrapper } = await mountSection('?range=all')
    expect(wrapper.findComponent({ name: 'LoadChart' }).props('window')).toMatchObject({ days: 200 })
  })

  it('fetches the history again after a run is logged', async () => {
    await mountSection()
    api.runs.create.mockImplementation((payload) =>
      ok({
        id: 1,
        ...runCreate.parse(payload),
        source: 'manual',
        sourceFile: null,
        startUtc: null,
        utcOffsetMin: null,
        load: null,
      }),
    )
    await useRunsStore().create({ athleteId: 7, date: '2026-03-31', durationMin: 30 })
    await flushPromises()
    expect(api.analytics.athlete).toHaveBeenCalledTimes(2)
  })
})
