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
  return apiDouble({ runs: ['create', 'update', 'list'], shoes: ['list'] })
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
    await byLabel(wrapper, 'Session RPE (0–10)').setValue('5')
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
    await byLabel(wrapper, 'Session RPE (0–10)').setValue('5')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(descriptionOf(wrapper, byLabel(wrapper, 'Shoe'))).toBe('That shoe belongs to another athlete.')
    expect(byLabel(wrapper, 'Duration (min)').element.value).toBe('30')
    wrapper.unmount()
  })

  it('warns about an unlikely run and saves it only once the coach confirms', async () => {
    const wrapper = mountForm('km')
    // 45 min / 8.2 km typed one field off: 8.2 min for 4 km.
    await byLabel(wrapper, 'Duration (min)').setValue('8.2')
    await byLabel(wrapper, 'Distance (km)').setValue('4')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    const alert = wrapper.find('[role="alert"]')
    expect(alert.text()).toContain('A pace of 2:03/km is faster than 2:30/km.')
    expect(alert.text()).toContain('No session RPE')
    expect(api.runs.create).not.toHaveBeenCalled()

    // Submitting again is not a confirmation; only "Save anyway" is.
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.runs.create).not.toHaveBeenCalled()
    const saveAnyway = wrapper.findAll('button').find((b) => b.text() === 'Save anyway')
    await saveAnyway?.trigger('click')
    await flushPromises()
    expect(api.runs.create).toHaveBeenCalledTimes(1)
    expect(api.runs.create.mock.calls[0]?.[0]).toMatchObject({ durationMin: 8.2, distanceM: 4000, rpe: null })
    wrapper.unmount()
  })

  it('edits a run with its own values filled in and sends them back unchanged but for the edit', async () => {
    api.runs.update.mockImplementation((payload: Partial<Run>) => ok(savedRun({ athleteId: 3, ...payload })))
    useSettingsStore().units = 'mi'
    const run = savedRun({
      id: 12,
      athleteId: 3,
      date: '2026-03-10',
      startTime: '07:30:00',
      durationMin: 45,
      distanceM: 8047,
      rpe: 6,
      type: 'long',
      surface: 'trail',
      shoeId: null,
      cadenceSpm: 170,
      elevationGainM: null,
      temperatureC: null,
      notes: 'Windy',
    })
    const wrapper = mount(RunQuickForm, {
      props: { athleteId: 3, shoes: [], run },
      global: { plugins: [pinia] },
      attachTo: document.body,
    })
    expect(wrapper.find('h3').text()).toBe('Edit run on Tue 10 Mar 2026')
    expect(byLabel(wrapper, 'Duration (min)').element.value).toBe('45:00')
    expect(byLabel(wrapper, 'Distance (mi)').element.value).toBe('5.0002')
    await byLabel(wrapper, 'Session RPE (0–10)').setValue('7')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.runs.update).toHaveBeenCalledWith({
      id: 12,
      date: '2026-03-10',
      startTime: '07:30',
      durationMin: 45,
      distanceM: 8047,
      rpe: 7,
      type: 'long',
      surface: 'trail',
      shoeId: null,
      cadenceSpm: 170,
      elevationGainM: null,
      temperatureC: null,
      notes: 'Windy',
    })
    expect(wrapper.emitted('saved')?.[0]?.[1]).toBe(run)
    wrapper.unmount()
  })
})
