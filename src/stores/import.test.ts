// @vitest-environment happy-dom
// The import page follows a job only through the back end's pushed events: the progress bar moves with
// them, events of another job (a preview this one replaced) never mix in, and the one status call at the
// end brings whatever an event missed. No timer polls import.status meanwhile.
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportProgressEvent } from '#shared/serverEvents'
import type { FileResult, ImportJobStatus, ImportFileRef } from '#shared/transfer'
import { installEventBridge, type FakeEventBridge } from '../../test/renderer/event-bridge'
import { ok } from '../../test/renderer/helpers'
import type * as Client from '../api/client'
import { useImportStore } from './import'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../test/renderer/api-double')
  return apiDouble({ import: ['start', 'preview', 'status', 'unrated'] })
})

vi.mock('../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

const FILES: ImportFileRef[] = ['monday.fit', 'activities.csv', 'friday.gpx'].map((name, i) => ({
  grant: `grant-${String(i)}`,
  name,
  path: `/home/coach/runs/${name}`,
  kind: name.endsWith('.csv') ? 'csv' : name.endsWith('.gpx') ? 'gpx' : 'fit',
  sizeBytes: 1000,
}))

const counts = (runs: number) => ({ activities: runs, runs, duplicates: 0, skipped: 0, errors: 0, future: 0 })

const result = (index: number): FileResult => ({
  index,
  name: FILES[index]?.name ?? '',
  path: FILES[index]?.path ?? '',
  kind: FILES[index]?.kind ?? null,
  state: 'done',
  message: null,
  needsMapping: false,
  activities: [],
  counts: counts(1),
})

/** An event of job `jobId` with `done` files finished, carrying results from index `from` up to `done`. */
function progress(jobId: number, done: number, from: number, over: Partial<ImportProgressEvent> = {}) {
  return {
    jobId,
    mode: 'import',
    athleteId: 7,
    state: 'running',
    done,
    total: 3,
    bytesDone: done * 1000,
    bytesTotal: 3000,
    current: done < 3 ? (FILES[done]?.name ?? null) : null,
    totals: counts(done),
    message: null,
    from,
    results: Array.from({ length: done - from }, (_, i) => result(from + i)),
    ...over,
  } satisfies ImportProgressEvent
}

/** import.status as the back end answers it: the job's figures and its results from `from` on. */
const statusFrom = (event: ImportProgressEvent, all: number, from: number): ImportJobStatus => {
  const { from: _from, results: _results, ...rest } = event
  return { ...rest, results: Array.from({ length: all - from }, (_, i) => result(from + i)) }
}

let bridge: FakeEventBridge

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] })
  setActivePinia(createPinia())
  bridge = installEventBridge()
  vi.clearAllMocks()
  api.import.unrated.mockImplementation(() => ok([]))
})

afterEach(() => {
  useImportStore().$dispose()
  vi.useRealTimers()
})

function readyStore() {
  const store = useImportStore()
  store.setAthlete(7)
  store.files = FILES
  return store
}

describe('following an import through pushed events', () => {
  it('moves the progress with the events of its own job only, and asks for the status once, at the end', async () => {
    const store = readyStore()
    let answer: (jobId: number) => void = () => undefined
    api.import.start.mockImplementation(
      () => new Promise((resolve) => (answer = (jobId) => resolve({ ok: true, value: { jobId } }))),
    )
    const done = store.start()

    // The job's first event can beat import.start's answer; it is kept until the job id is known.
    bridge.push('import.progress', progress(5, 0, 0))
    answer(5)
    await vi.waitFor(() => expect(store.job?.jobId).toBe(5))
    expect(store.phase).toBe('importing')

    // A preview this import replaced ends with its own events: nothing of them shows.
    bridge.push(
      'import.progress',
      progress(4, 3, 0, { mode: 'preview', state: 'cancelled', message: 'Preview cancelled.' }),
    )
    expect(store.results).toEqual([])
    expect(store.running).toBe(true)

    bridge.push('import.progress', progress(5, 1, 0))
    expect([store.job?.done, store.job?.bytesDone, store.job?.current]).toEqual([1, 1000, 'activities.csv'])
    expect(store.results.map((r) => r.name)).toEqual(['monday.fit'])
    bridge.push('import.progress', progress(5, 2, 1, { bytesDone: 2500 }))
    expect(store.job?.bytesDone).toBe(2500)
    // Following sets no timer: nothing would ask import.status behind the events' back.
    expect(vi.getTimerCount()).toBe(0)
    expect(api.import.status).not.toHaveBeenCalled()

    const last = progress(5, 3, 2, { state: 'done' })
    api.import.status.mockImplementation(() => ok(statusFrom(last, 3, 3)))
    bridge.push('import.progress', last)
    const status = await done

    expect(api.import.status.mock.calls).toEqual([[{ jobId: 5, from: 3 }]])
    expect(status).toMatchObject({ jobId: 5, state: 'done', totals: counts(3) })
    expect(store.results.map((r) => r.name)).toEqual(['monday.fit', 'activities.csv', 'friday.gpx'])
    expect([store.phase, store.running]).toEqual(['imported', false])
    // Not listening any more once the job ended.
    expect(bridge.listening).toBe(0)
  })

  it('brings the results of a missed event with the one status call at the end', async () => {
    const store = readyStore()
    api.import.preview.mockImplementation(() => ok({ jobId: 9 }))
    const done = store.preview()
    await vi.waitFor(() => expect(store.job?.jobId).toBe(9))
    bridge.push('import.progress', progress(9, 1, 0, { mode: 'preview' }))
    // The event with the second file never arrived; the last one starts at the third.
    const last = progress(9, 3, 2, { mode: 'preview', state: 'done' })
    api.import.status.mockImplementation(() => ok(statusFrom(last, 3, 1)))
    bridge.push('import.progress', last)
    await done
    expect(api.import.status).toHaveBeenCalledTimes(1)
    expect(api.import.status).toHaveBeenCalledWith({ jobId: 9, from: 1 })
    expect(store.results.map((r) => r.index)).toEqual([0, 1, 2])
    expect(store.phase).toBe('previewed')
  })

  it('stops listening when the coach starts over while the job runs', async () => {
    const store = readyStore()
    api.import.preview.mockImplementation(() => ok({ jobId: 3 }))
    void store.preview()
    await vi.waitFor(() => expect(store.job?.jobId).toBe(3))
    expect(bridge.listening).toBe(1)
    store.clear()
    expect(bridge.listening).toBe(0)
    bridge.push('import.progress', progress(3, 1, 0, { mode: 'preview' }))
    expect([store.job, store.results, store.phase]).toEqual([null, [], 'choose'])
  })
})
