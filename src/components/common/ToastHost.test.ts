// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { UNDO_TOAST_MS, useUiStore } from '../../stores/ui'
import ToastHost from './ToastHost.vue'

beforeEach(() => {
  vi.useFakeTimers()
  setActivePinia(createPinia())
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

function mountHost() {
  return mount(ToastHost, { attachTo: document.body })
}

describe('ToastHost', () => {
  it('offers Undo for about eight seconds, then closes and gives focus back', async () => {
    const heading = document.createElement('h2')
    heading.tabIndex = -1
    document.body.append(heading)
    const wrapper = mountHost()
    useUiStore().toast({ message: 'Run deleted', undo: vi.fn(() => Promise.resolve()), returnFocus: heading })
    await flushPromises()
    expect(wrapper.get('[data-testid="toast"]').text()).toContain('Run deleted')

    vi.advanceTimersByTime(UNDO_TOAST_MS - 500)
    await flushPromises()
    expect(wrapper.find('[data-testid="toast"]').exists()).toBe(true)

    vi.advanceTimersByTime(1000)
    await flushPromises()
    expect(wrapper.find('[data-testid="toast"]').exists()).toBe(false)
    expect(document.activeElement).toBe(heading)
  })

  it('moves focus to Undo when the deleted row took the focus with it, and runs the undo', async () => {
    const undo = vi.fn(() => Promise.resolve())
    const wrapper = mountHost()
    ;(document.activeElement as HTMLElement | null)?.blur()
    useUiStore().toast({ message: 'Pain report deleted', undo })
    await flushPromises()

    const button = wrapper.get('button:not([aria-label])')
    expect(button.text()).toBe('Undo')
    expect(document.activeElement).toBe(button.element)

    await button.trigger('click')
    await flushPromises()
    expect(undo).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="toast"]').exists()).toBe(false)
  })
})
