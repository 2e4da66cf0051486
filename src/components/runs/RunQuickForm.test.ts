// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Run } from '#shared/types'
import { useSettingsStore } from '../../stores/settings'
import { byLabel, descriptionOf, ok } from '../../../test/renderer/helpers'
import RunQuickForm from './RunQuickForm.vue'
import type * as Client from '../../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ runs: ['create', 'list'], shoes: ['list'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

function savedRun(payload: Partial<Run>): Run {
  return { id: 7, source: 'manual', sourceFile: null, load: null, ...payload } as Run
}

let pinia: Pinia

function mountForm(unit: 'km' | 'mi') {
  useSettingsStore().units = unit
  return mount(RunQuickForm, {
    props: { athleteId: 3, shoes: [] },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
}

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  vi.clearAllMocks()
  api.runs.create.mockImplementation((payload: Partial<Run>) => ok(savedRun(payload)))
})

describe('RunQuickForm', () => {
  it('sends a distance typed in miles as metres', async () => {
    const wrapper = mountForm('mi')
    await byLabel(wrapper, 'Duration (min)').setValue('45')
    await byLabel(wrapper, 'Distance (mi)').setValue('5')
    await byLabel(wrapper, 'Session RPE (0–10)').setValue('4')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(api.runs.create).toHaveBeenCalledTimes(1)
    expect(api.runs.create.mock.calls[0]?.[0]).toMatchObject({
      athleteId: 3,
      distanceM: 8047,
      durationMin: 45,
      rpe: 4,
      type: 'easy',
    })
    // ready for the next run
    expect(byLabel(wrapper, 'Distance (mi)').element.value).toBe('')
    expect(wrapper.text()).toContain('Saved: easy run')
    wrapper.unmount()
  })

  it('shows the schema message under the distance field and sends nothing for a negative distance', async () => {
    const wrapper = mountForm('km')
    await byLabel(wrapper, 'Duration (min)').setValue('30')
    const distance = byLabel(wrapper, 'Distance (km)')
    await distance.setValue('-1')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(api.runs.create).not.toHaveBeenCalled()
    expect(distance.attributes('aria-invalid')).toBe('true')
    expect(descriptionOf(wrapper, distance)).toBe('Distance cannot be negative')
    wrapper.unmount()
  })

  it('asks for the duration and accepts h:mm:ss', async () => {
    const wrapper = mountForm('km')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const duration = byLabel(wrapper, 'Duration (min)')
    expect(descriptionOf(wrapper, duration)).toContain('Enter the duration in minutes')
    expect(api.runs.create).not.toHaveBeenCalled()

    await duration.setValue('1:05:30')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.runs.create.mock.calls[0]?.[0]).toMatchObject({ durationMin: 65.5, distanceM: null })
    wrapper.unmount()
  })

  it('puts a server error that names a field under that field', async () => {
    api.runs.create.mockResolvedValue({
      ok: false,
      error: { code: 'invalid', message: 'That shoe belongs to another athlete.', field: 'shoeId' },
    })
    const wrapper = mountForm('km')
    await byLabel(wrapper, 'Duration (min)').setValue('30')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(descriptionOf(wrapper, byLabel(wrapper, 'Shoe'))).toBe('That shoe belongs to another athlete.')
    expect(byLabel(wrapper, 'Duration (min)').element.value).toBe('30')
    wrapper.unmount()
  })
})
