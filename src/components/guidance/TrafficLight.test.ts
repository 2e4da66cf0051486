// @vitest-environment happy-dom
// The traffic light never speaks in colour alone: the word, the reasons and what next week means.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { TrafficLight as Light } from '#shared/guidance'
import TrafficLight from './TrafficLight.vue'

function light(fields: Partial<Light>): Light {
  return { color: null, reasons: [], nextWeek: '', baseline: null, evidence: [], asOf: '2026-03-25', ...fields }
}

describe('TrafficLight', () => {
  it('writes the colour as a word next to the dot, with its reasons, the baseline and next week', () => {
    const wrapper = mount(TrafficLight, {
      props: {
        light: light({
          color: 'amber',
          reasons: ['Next-morning pain 4/10 on 2026-03-24 is above the usual 1.5/10.'],
          nextWeek: 'Hold next week at this week’s load.',
          baseline: 1.5,
        }),
      },
    })
    const state = wrapper.find('[data-testid="traffic-light-state"]')
    expect(state.text()).toBe('Amber')
    expect(state.attributes('role')).toBe('status')
    // The dot is decoration only: the word carries the meaning for screen readers and colour-blind coaches.
    expect(state.find('.traffic-light__dot').attributes('aria-hidden')).toBe('true')
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      'Next-morning pain 4/10 on 2026-03-24 is above the usual 1.5/10.',
    ])
    expect(wrapper.text()).toContain('Usual next-morning pain: 1.5/10')
    expect(wrapper.text()).toContain('Next week: Hold next week at this week’s load.')
  })

  it('has a word for every colour, and for no recent report at all', () => {
    const words = (['red', 'amber', 'green', null] as const).map((color) =>
      mount(TrafficLight, { props: { light: light({ color }) } })
        .find('[data-testid="traffic-light-state"]')
        .text(),
    )
    expect(words).toEqual(['Red', 'Amber', 'Green', 'No recent reports'])
    const none = mount(TrafficLight, {
      props: { light: light({ reasons: ['No pain report in the last 7 days.'], nextWeek: 'Ask how the back feels.' }) },
    })
    expect(none.text()).toContain('No pain report in the last 7 days.')
    expect(none.text()).not.toContain('Usual next-morning pain')
  })
})
