// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Run } from '#shared/types'
import { ok } from '../../../test/renderer/helpers'
import ToastHost from '../common/ToastHost.vue'
import RunsSection from './RunsSection.vue'
import type * as Client from '../../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ runs: ['list', 'create', 'delete', 'restore'], shoes: ['list'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

function run(id: number, date: string): Run {
  return {
    id,
    athleteId: 4,
    date,
    startTime: null,
    durationMin: 40,
    distanceM: 8000,
    rpe: 4,
    type: 'easy',
    surface: 'trail',
    shoeId: null,
    cadenceSpm: null,
    elevationGainM: null,
    temperatureC: null,
    notes: '',
    source: 'manual',
    sourceFile: null,
    startUtc: null,
    utcOffsetMin: null,
    load: 160,
  }
}

const RUNS = [run(2, '2026-03-30'), run(1, '2026-03-28')]

async function mountSection() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const { useRunsStore } = await import('../../stores/runs')
  await useRunsStore().load(4)
  const Page = defineComponent(() => () => [h(RunsSection, { athleteId: 4 }), h(ToastHost)])
  return mount(Page, { global: { plugins: [pinia] }, attachTo: document.body })
}

function dates(wrapper: Awaited<ReturnType<typeof mountSection>>) {
  return wrapper.findAll('[data-testid="runs-table"] tbody time').map((t) => t.attributes('datetime'))
}

beforeEach(() => {
  vi.clearAllMocks()
  api.runs.list.mockImplementation(() => ok(RUNS))
  api.runs.delete.mockImplementation(({ id }: { id: number }) => ok({ id }))
  api.runs.restore.mockImplementation(({ id }) => {
    const found = RUNS.find((r) => r.id === id)
    if (!found) throw new Error(`no run ${String(id)} in this test`)
    return ok(found)
  })
  api.shoes.list.mockImplementation(() => ok([]))
})

describe('RunsSection', () => {
  it('deletes a run at once and brings it back with Undo', async () => {
    const wrapper = await mountSection()
    expect(dates(wrapper)).toEqual(['2026-03-30', '2026-03-28'])

    await wrapper.get('button[aria-label="Delete easy run on Sat 28 Mar 2026"]').trigger('click')
    await flushPromises()
    expect(api.runs.delete).toHaveBeenCalledWith({ id: 1 })
    expect(dates(wrapper)).toEqual(['2026-03-30'])
    const toast = wrapper.get('[data-testid="toast"]')
    expect(toast.text()).toContain('Run deleted')

    await toast
      .findAll('button')
      .find((b) => b.text() === 'Undo')
      ?.trigger('click')
    await flushPromises()
    expect(api.runs.restore).toHaveBeenCalledWith({ id: 1 })
    expect(dates(wrapper)).toEqual(['2026-03-30', '2026-03-28'])
    expect(wrapper.find('[data-testid="toast"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says so when the runs cannot be loaded, and retries', async () => {
    api.runs.list.mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'Disk is busy' } })
    const wrapper = await mountSection()
    expect(wrapper.text()).toContain('Could not load runs: Disk is busy')
    expect(wrapper.text()).not.toContain('No runs yet')

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Retry')
      ?.trigger('click')
    await flushPromises()
    expect(dates(wrapper)).toEqual(['2026-03-30', '2026-03-28'])
    expect(wrapper.text()).not.toContain('No runs yet')
    wrapper.unmount()
  })
})

describe('RunsTable', () => {
  it('shows a run’s own local day and time apart, with its clock for the machine and the eye', async () => {
    setActivePinia(createPinia())
    const { default: RunsTable } = await import('./RunsTable.vue')
    const sunday = { ...run(3, '2017-10-08'), startTime: '16:54', startUtc: '2017-10-08T14:54:00Z', utcOffsetMin: 120 }
    const table = mount(RunsTable, { props: { runs: [sunday, run(1, '2026-03-28')], shoes: [] } })
    const [first, second] = table.findAll('tbody time')
    expect(first?.text()).toBe('Sun 8 Oct 2017, 16:54')
    expect(first?.attributes('datetime')).toBe('2017-10-08T16:54+02:00')
    expect(first?.attributes('title')).toBe('The run’s own clock: UTC+02:00')
    expect(second?.text()).toBe('Sat 28 Mar 2026')
  })
})
