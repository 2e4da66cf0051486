// Helpers for component tests: find controls the way a coach does, by their visible label.
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'
import type { Result } from '#shared/result'

export function ok<T>(value: T): Promise<Result<T>> {
  return Promise.resolve({ ok: true, value })
}

/** The control whose <label> reads exactly `text`. */
export function byLabel(wrapper: VueWrapper, text: string): DOMWrapper<HTMLInputElement> {
  const label = wrapper.findAll('label').find((l) => l.text().trim() === text)
  if (!label) throw new Error(`No label "${text}"`)
  const id = label.attributes('for')
  if (id) return wrapper.find<HTMLInputElement>(`[id="${id}"]`)
  return label.find<HTMLInputElement>('input')
}

/** The text of the elements that describe a control (its hint and error). */
export function descriptionOf(wrapper: VueWrapper, control: DOMWrapper<Element>): string {
  const ids = (control.attributes('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => wrapper.find(`[id="${id}"]`).text()).join(' ')
}
