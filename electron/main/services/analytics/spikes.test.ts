import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toDayNumber, fromDayNumber } from './days'
import { findSpikes, type RunSpike, type SpikeRun } from './spikes'

let nextId = 1
const run = (date: string, distanceM: number | null, durationMin = 60): SpikeRun => ({
  id: nextId++,
  date,
  distanceM,
  durationMin,
})

describe('findSpikes', () => {
  it('flags a run more than 110 % of the longest run in the previous 30 days', () => {
    const a = run('2026-03-01', 10000)
    const b = run('2026-03-10', 11000) // exactly 110 % of 10 km: not "more than"
    const c = run('2026-03-20', 12200) // longest before is b, 11 km: 12.2 / 11 = 1.1090909
    const spikes = findSpikes([a, b, c])
    expect(spikes).toHaveLength(1)
    const [spike] = spikes
    expect(spike).toMatchObject({
      runId: c.id,
      date: '2026-03-20',
      measure: 'distance',
      value: 12200,
      previousLongest: 11000,
      previousLongestRunId: b.id,
      previousLongestDate: '2026-03-10',
    })
    expect(Math.abs((spike?.ratio ?? 0) - 12200 / 11000)).toBeLessThanOrEqual(1e-6)
    expect(Math.abs((spike?.ratio ?? 0) - 1.109090909)).toBeLessThanOrEqual(1e-6)
  })

  it('the window is the 30 calendar days before the run: date − 30 counts, date − 31 does not', () => {
    const a = run('2026-03-01', 10000)
    const inside = run('2026-03-31', 11500) // 2026-03-31 − 30 days = 2026-03-01: a counts → 1.15
    expect(findSpikes([a, inside]).map((s) => [s.runId, s.previousLongestRunId, s.ratio])).toEqual([
      [inside.id, a.id, 1.15],
    ])
    const outside = run('2026-04-01', 11500) // a is 31 days back: no earlier run in the window, no spike
    expect(findSpikes([a, outside])).toEqual([])
  })

  it('the first run, and runs with no earlier run in the window, are never spikes', () => {
    expect(findSpikes([])).toEqual([])
    expect(findSpikes([run('2026-03-01', 42195)])).toEqual([])
  })

  it('an earlier run on the same day does not count: the run is judged against the days before', () => {
    const a = run('2026-03-01', 10000)
    const morning = run('2026-03-02', 5000)
    const evening = run('2026-03-02', 12000) // vs a (10 km), not vs the morning run
    expect(findSpikes([a, morning, evening]).map((s) => [s.runId, s.previousLongest])).toEqual([[evening.id, 10000]])
    // Two runs on the very first day: nothing before that day, so no spike either way.
    expect(findSpikes([run('2026-03-01', 4000), run('2026-03-01', 9000)])).toEqual([])
    // But both runs of a double day can be spikes against the days before.
    const x = run('2026-03-03', 11100)
    const y = run('2026-03-03', 11200)
    expect(findSpikes([a, x, y]).map((s) => s.runId)).toEqual([x.id, y.id])
  })

  it('a run without distance is judged by duration against all earlier runs’ durations', () => {
    const t1 = run('2026-03-01', null, 40)
    const t2 = run('2026-03-05', null, 45) // 45 / 40 = 1.125
    const spikes = findSpikes([t1, t2])
    expect(spikes).toEqual([
      {
        runId: t2.id,
        date: '2026-03-05',
        measure: 'duration',
        value: 45,
        previousLongest: 40,
        previousLongestRunId: t1.id,
        previousLongestDate: '2026-03-01',
        ratio: 1.125,
      },
    ])
    // An outdoor 50-minute run in between raises the longest duration: 45 < 50 · 1.1.
    expect(findSpikes([t1, run('2026-03-03', 8000, 50), t2])).toEqual([])
    // A distance of 0 m counts as no distance.
    expect(findSpikes([t1, run('2026-03-05', 0, 45)]).map((s) => s.measure)).toEqual(['duration'])
  })

  it('a run with distance is only compared with earlier runs that have a distance', () => {
    // The 90-minute treadmill run has no distance: a 5 km run after it has nothing to be compared with.
    expect(findSpikes([run('2026-03-01', null, 90), run('2026-03-05', 5000, 30)])).toEqual([])
  })

  it('when several earlier runs tie for longest, the most recent is reported', () => {
    const a = run('2026-03-01', 10000)
    const b = run('2026-03-08', 10000)
    const c = run('2026-03-15', 12000)
    expect(findSpikes([a, b, c])[0]?.previousLongestRunId).toBe(b.id)
  })

  it('accepts runs in any order and reports spikes oldest first', () => {
    const a = run('2026-03-01', 5000)
    const b = run('2026-03-10', 6000) // 1.2
    const c = run('2026-03-20', 7000) // 7 / 6 = 1.1667
    const d = run('2026-05-01', 20000) // nothing in the 30 days before
    expect(findSpikes([d, c, a, b]).map((s) => s.runId)).toEqual([b.id, c.id])
  })

  it('a long run drops out of the window and a shorter build-up can spike again', () => {
    const long = run('2026-01-01', 30000)
    const r1 = run('2026-01-20', 8000) // longest before: 30 km → no
    const r2 = run('2026-02-05', 9000) // window 01-06…02-04: r1 8 km → 1.125
    expect(findSpikes([long, r1, r2]).map((s) => [s.runId, s.previousLongest])).toEqual([[r2.id, 8000]])
  })
})

// Re-scan every earlier run for every run, straight from the definition.
function naiveSpikes(runs: SpikeRun[]): RunSpike[] {
  const measured = runs.map((r, index) => {
    const distance = r.distanceM !== null && r.distanceM > 0
    return { r, index, day: toDayNumber(r.date), measure: distance ? 'distance' : 'duration', distance }
  })
  const out: (RunSpike & { day: number; index: number })[] = []
  for (const m of measured) {
    const value = m.measure === 'distance' ? (m.r.distanceM as number) : m.r.durationMin
    let best: { value: number; day: number; index: number; id: number } | null = null
    for (const o of measured) {
      if (o.day < m.day - 30 || o.day > m.day - 1) continue
      if (m.measure === 'distance' && !o.distance) continue
      const v = m.measure === 'distance' ? (o.r.distanceM as number) : o.r.durationMin
      const later = best !== null && (o.day > best.day || (o.day === best.day && o.index > best.index))
      if (best === null || v > best.value || (v === best.value && later)) {
        best = { value: v, day: o.day, index: o.index, id: o.r.id }
      }
    }
    if (best !== null && value > 1.1 * best.value) {
      out.push({
        runId: m.r.id,
        date: m.r.date,
        measure: m.measure === 'distance' ? 'distance' : 'duration',
        value,
        previousLongest: best.value,
        previousLongestRunId: best.id,
        previousLongestDate: fromDayNumber(best.day),
        ratio: value / best.value,
        day: m.day,
        index: m.index,
      })
    }
  }
  out.sort((a, b) => a.day - b.day || a.index - b.index)
  return out.map(({ day: _day, index: _index, ...spike }) => spike)
}

describe('findSpikes — against a naive re-scan', () => {
  it('agrees on random training histories', () => {
    const base = toDayNumber('2026-01-01')
    const arbRun = fc.record({
      day: fc.integer({ min: 0, max: 120 }),
      distanceM: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1000, max: 30000 })),
      durationMin: fc.integer({ min: 10, max: 200 }),
    })
    fc.assert(
      fc.property(fc.array(arbRun, { maxLength: 60 }), (raw) => {
        const runs = raw.map((r, i) => ({
          id: i + 1,
          date: fromDayNumber(base + r.day),
          distanceM: r.distanceM,
          durationMin: r.durationMin,
        }))
        expect(findSpikes(runs)).toEqual(naiveSpikes(runs))
      }),
      { numRuns: 300 },
    )
  })
})
