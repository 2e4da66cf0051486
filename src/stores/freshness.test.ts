// @vitest-environment happy-dom
// Stale answers never mix with fresh ones: the latest request wins, and a write anywhere reloads what the
// stores show. The real api client wraps a bridge of the preload's shape, so writes are announced as in
// the app.
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AthleteLoad } from '#shared/analytics'
import { changesOf } from '#shared/changes'
import { METHOD_NAMES } from '#shared/contract'
import { runFields } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import { ok } from '../../test/renderer/helpers'
import { useGuidanceStore } from './guidance'
import { useImportStore } from './import'
import { useLatest } from './latest'
import { useLoadStore } from './load'

const api = {
  analytics: { athlete: vi.fn() },
  runs: { update: vi.fn() },
  guidance: { alerts: vi.fn(), trafficLight: vi.fn(), acknowledgements: vi.fn(), inbox: vi.fn() },
  episodes: { list: vi.fn(), closures: vi.fn() },
}
Object.assign(window, { api })

/** An imported run waiting for its RPE, as import.unrated answers. */
const imported = (id: number, athleteId: number): Run => ({
  ...runFields.parse({ athleteId, date: '2026-03-30', durationMin: 45 }),
  id,
  source: 'import',
  sourceFile: 'a.fit',
  startUtc: null,
  utcOffsetMin: null,
  load: null,
})

const answer = (athleteId: number, through: string): AthleteLoad => ({
  athleteId,
  from: null,
  through,
  days: [],
  weeks: [],
  spikes: [],
})

/** A promise and the function that settles it, to answer requests in any order. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

beforeEach(() => {
  vi.clearAllMocks()
  setActivePinia(createPinia())
  for (const fn of [api.guidance.alerts, api.guidance.acknowledgements, api.episodes.list, api.episodes.closures])
    fn.mockImplementation(() => ok([]))
  api.guidance.inbox.mockImplementation(() => ok([]))
  api.guidance.trafficLight.mockImplementation(() => ok({ light: 'none' }))
})

afterEach(() => {
  useLoadStore().$dispose()
  useGuidanceStore().$dispose()
  useImportStore().$dispose()
})

describe('latest request wins', () => {
  it('drops an older answer that arrives after a newer request, for the same key or another', async () => {
    const answers = [deferred<string>(), deferred<string>(), deferred<string>()]
    let call = 0
    const latest = useLatest<number, string>(() => (answers[call++] as ReturnType<typeof deferred<string>>).promise)
    const first = latest.load(1)
    const second = latest.load(2)
    const third = latest.load(2, true)
    answers[2]?.resolve('athlete 2, newest')
    await third
    answers[0]?.resolve('athlete 1')
    answers[1]?.resolve('athlete 2, older')
    await Promise.all([first, second])
    expect([latest.key.value, latest.data.value, latest.status.value]).toEqual([2, 'athlete 2, newest', 'ready'])
  })

  it('shows no data of the previous athlete while the next one loads', async () => {
    const later = deferred<string>()
    const latest = useLatest<number, string>((id) => (id === 1 ? Promise.resolve('one') : later.promise))
    await latest.load(1)
    void latest.load(2)
    expect([latest.data.value, latest.status.value]).toEqual([null, 'loading'])
    later.resolve('two')
    await vi.waitFor(() => expect(latest.data.value).toBe('two'))
  })
})

describe('writes announce what they changed', () => {
  it('rating an imported run reloads the load chart and guidance before rate() resolves', async () => {
    api.analytics.athlete.mockImplementation(() => ok(answer(7, '2026-03-31')))
    const load = useLoadStore()
    const guidance = useGuidanceStore()
    await load.load(7)
    await guidance.load(7)
    expect(api.analytics.athlete).toHaveBeenCalledTimes(1)

    api.analytics.athlete.mockImplementation(() => ok(answer(7, 'after the rating')))
    api.runs.update.mockImplementation(() => ok({ id: 3, athleteId: 7 }))
    await useImportStore().rate(imported(3, 7), 6)

    expect(api.runs.update).toHaveBeenCalledWith(expect.objectContaining({ id: 3, rpe: 6 }))
    expect(load.data?.through).toBe('after the rating')
    expect(api.analytics.athlete).toHaveBeenCalledTimes(2)
    expect(api.guidance.trafficLight).toHaveBeenCalledTimes(2)
  })

  it('a change for another athlete leaves the open athlete alone', async () => {
    api.analytics.athlete.mockImplementation(() => ok(answer(7, '2026-03-31')))
    await useLoadStore().load(7)
    api.runs.update.mockImplementation(() => ok({ id: 4, athleteId: 8 }))
    await useImportStore().rate(imported(4, 8), 5)
    expect(api.analytics.athlete).toHaveBeenCalledTimes(1)
  })

  it('every method that creates, changes or deletes something says which domains it changes', () => {
    const writes = METHOD_NAMES.filter((m) =>
      /\.(create|update|delete|restore|archive|report|acknowledge|snooze|unacknowledge|close|reopen|tick|propose|restoreDefaults)$/.test(
        m,
      ),
    )
    expect(writes.length).toBeGreaterThan(30)
    for (const method of writes) expect(changesOf(method).length, method).toBeGreaterThan(0)
  })
})
