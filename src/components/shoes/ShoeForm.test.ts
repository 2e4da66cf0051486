// @vitest-environment happy-dom
// The shoe form through the shared record form (RecordForm.vue + useRecordForm): what a coach sees when
// adding or editing a shoe, and when the back end refuses.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '#shared/result'
import type { Shoe } from '#shared/types'
import { useSettingsStore } from '../../stores/settings'
import { byLabel, descriptionOf, ok } from '../../../test/renderer/helpers'
import ShoeForm from './ShoeForm.vue'
import type * as Client from '../../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ shoes: ['create', 'update', 'list'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

const PEGASUS: Shoe = {
  id: 4,
  athleteId: 3,
  name: 'Pegasus 41',
  startDate: '2026-09-01',
  initialDistanceM: 0,
  replaceThresholdM: 800_000,
  retiredDate: null,
  notes: '',
  usedDistanceM: 120_000,
  runCount: 14,
}

let pinia: Pinia

function mountForm(shoe: Shoe | null = null) {
  return mount(ShoeForm, {
    props: { athleteId: 3, shoe },
    global: { plugins: [pinia] },
    attachTo: document.body,
  })
}

const refused = (message: string, field?: string): Promise<Result<Shoe>> =>
  Promise.resolve({ ok: false, error: field ? { code: 'invalid', message, field } : { code: 'internal', message } })

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  useSettingsStore().units = 'km'
  vi.clearAllMocks()
})

describe('ShoeForm', () => {
  it('opens with the name focused, saves a new shoe once however often Save is pressed, and hands it back', async () => {
    let answer: (value: Result<Shoe>) => void = () => undefined
    api.shoes.create.mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const wrapper = mountForm()
    expect(wrapper.find('h3').text()).toBe('New shoe')
    expect(document.activeElement).toBe(byLabel(wrapper, 'Shoe name').element)

    await byLabel(wrapper, 'Shoe name').setValue('Pegasus 41')
    await wrapper.find('form').trigger('submit')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeDefined()
    answer({ ok: true, value: PEGASUS })
    await flushPromises()

    expect(api.shoes.create).toHaveBeenCalledTimes(1)
    expect(api.shoes.create.mock.calls[0]?.[0]).toMatchObject({ athleteId: 3, name: 'Pegasus 41' })
    expect(wrapper.emitted('done')).toEqual([[PEGASUS, null]])
    expect(wrapper.get('button[type="submit"]').attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('edits a shoe in place: its name in the title, "Save changes", the update handed back with the original', async () => {
    const renamed = { ...PEGASUS, name: 'Pegasus 41 (trail)' }
    api.shoes.update.mockImplementation(() => ok(renamed))
    const wrapper = mountForm(PEGASUS)
    expect(wrapper.find('h3').text()).toBe('Edit Pegasus 41')
    expect(wrapper.get('button[type="submit"]').text()).toBe('Save changes')

    await byLabel(wrapper, 'Shoe name').setValue('Pegasus 41 (trail)')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(api.shoes.update.mock.calls[0]?.[0]).toMatchObject({ id: 4, name: 'Pegasus 41 (trail)' })
    expect(wrapper.emitted('done')).toEqual([[renamed, PEGASUS]])
    wrapper.unmount()
  })

  it('puts a refusal that names a field under that field, and one that names none above the buttons', async () => {
    api.shoes.create.mockImplementationOnce(() => refused('This athlete already has a shoe by that name', 'name'))
    api.shoes.create.mockImplementationOnce(() => refused('the disk is full'))
    const wrapper = mountForm()
    const name = byLabel(wrapper, 'Shoe name')
    await name.setValue('Pegasus 41')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(name.attributes('aria-invalid')).toBe('true')
    expect(descriptionOf(wrapper, name)).toBe('Brand and model This athlete already has a shoe by that name')

    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('Could not save the shoe: the disk is full')
    expect(wrapper.emitted('done')).toBeUndefined()
    wrapper.unmount()
  })

  it('closes on Escape and on Cancel without saving', async () => {
    const wrapper = mountForm()
    await wrapper.find('form').trigger('keydown', { key: 'Escape' })
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Cancel')
      ?.trigger('click')
    expect(wrapper.emitted('cancel')).toHaveLength(2)
    expect(api.shoes.create).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
