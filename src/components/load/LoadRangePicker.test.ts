// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import LoadRangePicker from './LoadRangePicker.vue'

describe('LoadRangePicker', () => {
  it('offers the five ranges with the current one chosen, and reports the one the coach picks', async () => {
    const wrapper = mount(LoadRangePicker, { props: { modelValue: '12w' } })
    const options = wrapper.findAll('label')
    expect(options.map((o) => o.text())).toEqual(['4 weeks', '12 weeks', '6 months', '1 year', 'All'])
    expect(wrapper.find<HTMLInputElement>('input:checked').element.value).toBe('12w')

    await options[0]?.find('input').setValue(true)
    expect(wrapper.emitted('update:modelValue')).toEqual([['4w']])
    await options[4]?.find('input').setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['all'])
  })

  it('is one named group of radio buttons, so arrow keys move between ranges', () => {
    const wrapper = mount(LoadRangePicker, { props: { modelValue: '4w' } })
    expect(wrapper.find('fieldset legend').text()).toBe('Time range')
    const names = new Set(wrapper.findAll('input[type="radio"]').map((i) => i.attributes('name')))
    expect([...names]).toEqual(['load-range'])
  })
})
