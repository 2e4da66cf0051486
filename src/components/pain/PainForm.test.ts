// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { RED_FLAG_LABEL } from '#shared/labels'
import { byLabel, descriptionOf, ok } from '../../../test/renderer/helpers'
import PainForm from './PainForm.vue'
import { painCreate } from '#shared/schemas/pain'
import type * as Client from '../../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ pain: ['report'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

let pinia: Pinia

function mountForm() {
  return mount(PainForm, { props: { athleteId: 2, runs: [] }, global: { plugins: [pinia] } })
}

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  vi.clearAllMocks()
  api.pain.report.mockImplementation((payload) => ok({ id: 1, ...painCreate.parse(payload) }))
})

describe('PainForm', () => {
  it('says to stop running and see a doctor today as soon as an urgent red flag is ticked', async () => {
    const wrapper = mountForm()
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)

    await byLabel(wrapper, RED_FLAG_LABEL.bladder_bowel_change).setValue(true)

    const alert = wrapper.find('[role="alert"]')
    expect(alert.exists()).toBe(true)
    expect(alert.text()).toContain('stop running and see a doctor today')
    // right above the save button
    const submit = wrapper.find('button[type="submit"]')
    expect(alert.element.compareDocumentPosition(submit.element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    await byLabel(wrapper, RED_FLAG_LABEL.bladder_bowel_change).setValue(false)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('lists urgent red flags first and does not raise the urgent alert for the others', async () => {
    const wrapper = mountForm()
    const labels = wrapper.findAll('.red-flags label').map((l) => l.text())
    expect(labels.slice(0, 3)).toEqual([
      RED_FLAG_LABEL.saddle_numbness,
      RED_FLAG_LABEL.bladder_bowel_change,
      RED_FLAG_LABEL.bilateral_leg_weakness,
    ])
    await byLabel(wrapper, RED_FLAG_LABEL.fever_unwell).setValue(true)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('see a doctor before any more training')
  })

  it('only takes a minute of onset for pain during the run, and sends the flags', async () => {
    const wrapper = mountForm()
    const onset = byLabel(wrapper, 'Minute of onset')
    expect(onset.element.disabled).toBe(true)

    await byLabel(wrapper, 'Pain (0–10)').setValue('4')
    await byLabel(wrapper, 'Timing').setValue('during')
    expect(onset.element.disabled).toBe(false)
    await onset.setValue('30')
    await byLabel(wrapper, RED_FLAG_LABEL.saddle_numbness).setValue(true)
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(api.pain.report.mock.calls[0]?.[0]).toMatchObject({
      athleteId: 2,
      score: 4,
      timing: 'during',
      onsetMinute: 30,
      redFlags: ['saddle_numbness'],
    })
  })

  it('asks for the timing in words before sending', async () => {
    const wrapper = mountForm()
    await byLabel(wrapper, 'Pain (0–10)').setValue('3')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.pain.report).not.toHaveBeenCalled()
    expect(descriptionOf(wrapper, byLabel(wrapper, 'Timing'))).toBe('Choose when the pain came on')
  })
})
