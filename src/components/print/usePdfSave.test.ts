// @vitest-environment happy-dom
// "Save as PDF" shows how far a batch has got from the back end's pushed progress of its own job, never
// from another job's, and without asking print.progress on a timer.
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import type { PdfResult } from '#shared/programs'
import type { Result } from '#shared/result'
import type { PrintProgressEvent } from '#shared/serverEvents'
import { installEventBridge, type FakeEventBridge } from '../../../test/renderer/event-bridge'
import type * as Client from '../../api/client'
import { usePdfSave } from './usePdfSave'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ print: ['progress', 'groupPdf'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

let bridge: FakeEventBridge

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] })
  vi.clearAllMocks()
  bridge = installEventBridge()
})

afterEach(() => {
  vi.useRealTimers()
})

function mounted() {
  let pdf: ReturnType<typeof usePdfSave> | undefined
  const wrapper = mount(
    defineComponent({
      setup() {
        pdf = usePdfSave()
        return () => null
      },
    }),
  )
  if (!pdf) throw new Error('not set up')
  return { pdf, wrapper }
}

const event = (jobId: number, done: number, over: Partial<PrintProgressEvent> = {}): PrintProgressEvent => ({
  jobId,
  running: true,
  done,
  total: 5,
  stage: 'preparing',
  ...over,
})

describe('usePdfSave', () => {
  it('shows the progress of the PDF it asked for, ignores any other job’s, and clears it with the answer', async () => {
    const { pdf } = mounted()
    let answer: (result: Result<PdfResult>) => void = () => undefined
    api.print.groupPdf.mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const timers = vi.getTimerCount()
    const saving = pdf.save(() => api.print.groupPdf({ groupId: 2, paper: 'a4' }))
    expect(pdf.saving.value).toBe(true)

    // A PDF that was already being made when the coach clicked is not this one.
    bridge.push('print.progress', event(6, 3))
    expect(pdf.progress.value).toBeNull()
    bridge.push('print.progress', event(7, 0))
    bridge.push('print.progress', event(7, 2))
    bridge.push('print.progress', event(6, 4))
    expect(pdf.progress.value).toEqual({ running: true, done: 2, total: 5, stage: 'preparing' })
    bridge.push('print.progress', event(7, 5, { stage: 'writing' }))
    expect(pdf.progress.value?.stage).toBe('writing')
    // Saving set no timer: nothing asks print.progress behind the events' back.
    expect(vi.getTimerCount()).toBe(timers)

    bridge.push('print.progress', event(7, 0, { running: false, total: 0, stage: 'idle' }))
    answer({ ok: true, value: { saved: true, path: '/home/coach/Tuesday club.pdf', pages: 20 } })
    expect(await saving).toEqual({ saved: true, path: '/home/coach/Tuesday club.pdf', pages: 20 })
    expect([pdf.saving.value, pdf.progress.value, pdf.error.value]).toEqual([false, null, ''])
    expect(api.print.progress).not.toHaveBeenCalled()
    expect(bridge.listening).toBe(0)
  })

  it('says why the PDF was not made, and stops listening when the page goes', async () => {
    const { pdf, wrapper } = mounted()
    const failed = await pdf.save(() =>
      Promise.resolve({ ok: false, error: { code: 'conflict', message: 'A PDF is already being made.' } }),
    )
    expect([failed, pdf.error.value]).toEqual([null, 'A PDF is already being made.'])
    expect(bridge.listening).toBe(0)

    void pdf.save(() => new Promise(() => undefined))
    expect(bridge.listening).toBe(1)
    wrapper.unmount()
    expect(bridge.listening).toBe(0)
  })
})
