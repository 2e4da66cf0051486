// @vitest-environment happy-dom
// The renderer hears the back end's pushed events by name, typed by the shared table: one subscription to
// the preload's bridge serves every listener, and it is dropped when the last listener goes.
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportProgressEvent, PrintProgressEvent } from '#shared/serverEvents'
import { installEventBridge } from '../../test/renderer/event-bridge'
import { listen } from './serverEvents'

const printing = (done: number): PrintProgressEvent => ({ jobId: 2, running: true, done, total: 4, stage: 'preparing' })

afterEach(() => {
  Reflect.deleteProperty(window, 'events')
})

describe('listening to the back end’s events', () => {
  it('hands each listener the payloads of its own event name, until it stops listening', () => {
    const bridge = installEventBridge()
    const pdf: number[] = []
    const imports: ImportProgressEvent[] = []
    const stopPdf = listen('print.progress', (event) => pdf.push(event.done))
    const stopImport = listen('import.progress', (event) => imports.push(event))
    expect(bridge.listening).toBe(1)

    bridge.push('print.progress', printing(1))
    bridge.push('print.progress', printing(2))
    stopPdf()
    bridge.push('print.progress', printing(3))
    expect(pdf).toEqual([1, 2])
    expect(imports).toEqual([])
    expect(bridge.listening).toBe(1)

    stopImport()
    expect(bridge.listening).toBe(0)
  })

  it('lets a listener stop while it is called without skipping the next one, and passes over unknown names', () => {
    const bridge = installEventBridge()
    const heard: string[] = []
    const stopFirst = listen('print.progress', () => {
      heard.push('first')
      stopFirst()
    })
    const stopSecond = listen('print.progress', () => heard.push('second'))
    ;(bridge.push as (name: string, payload: unknown) => void)('sync.conflict', { jobId: 1 })
    bridge.push('print.progress', printing(1))
    bridge.push('print.progress', printing(2))
    expect(heard).toEqual(['first', 'second', 'second'])
    stopSecond()
    expect(bridge.listening).toBe(0)
  })

  it('hears nothing and fails nothing where there is no bridge (a plain browser preview)', () => {
    const heard: unknown[] = []
    const stop = listen('import.progress', (event) => heard.push(event))
    expect(() => stop()).not.toThrow()
    // A bridge installed afterwards is found by the next listener.
    const bridge = installEventBridge()
    const again = listen('print.progress', (event) => heard.push(event.done))
    bridge.push('print.progress', printing(4))
    again()
    expect(heard).toEqual([4])
  })
})
