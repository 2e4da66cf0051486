import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { nextCadenceStep } from './thresholds'
import { day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'
import type { Scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('hard surfaces while in pain', () => {
  async function runs(s: Scenario, roadM: number, trailM: number) {
    await s.run(day(-10), { distanceM: roadM, durationMin: 50, surface: 'road' })
    await s.run(day(-5), { distanceM: trailM, durationMin: 15, surface: 'trail' })
    await s.run(day(-3), { distanceM: 5000, durationMin: 30 }) // no surface: left out of the share
  }

  it('stays quiet at 79.9 % on road or concrete', async () => {
    const s = await scenario()
    await s.pain(day(-1), 3)
    await runs(s, 7990, 2010)
    expect(s.alerts('hard_surfaces')).toEqual([])
  })

  it('informs at 80 %, showing the share and the distances', async () => {
    const s = await scenario()
    await s.pain(day(-1), 3)
    await runs(s, 8000, 2000)
    const alert = only(s.alerts('hard_surfaces'))
    expect(alert.level).toBe('info')
    expect(alert.title).toBe('80 % of the distance on road or concrete')
    expect(alert.proposal).toEqual({
      kind: 'surface_mix',
      hardSharePct: 80,
      hardDistanceM: 8000,
      totalDistanceM: 10_000,
    })
    expect(alert.evidence).toEqual([
      {
        kind: 'metric',
        id: null,
        date: day(-27),
        label: 'Road or concrete, last 28 days',
        value: '8.0 km of 10.0 km (80 %)',
      },
      { kind: 'metric', id: null, date: day(-27), label: 'Runs with a surface recorded', value: '2' },
      { kind: 'metric', id: null, date: day(-1), label: 'Current pain episode since', value: day(-1) },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-001', 'seed-002'])
  })

  it('needs pain to be present (an open episode)', async () => {
    const s = await scenario()
    await s.pain(day(-15), 3) // episode closed by the 14-day gap
    await runs(s, 9000, 0)
    expect(s.alerts('hard_surfaces')).toEqual([])
  })
})

describe('cadence', () => {
  it('stays quiet at 170 spm and proposes 174 at 169 spm', async () => {
    const s = await scenario()
    await s.run(day(-2), { cadenceSpm: 170 })
    expect(s.alerts('cadence')).toEqual([])

    const s2 = await scenario()
    const id = await s2.run(day(-2), { cadenceSpm: 169, distanceM: 5000 })
    const alert = only(s2.alerts('cadence'))
    expect(alert.level).toBe('info')
    expect(alert.proposal).toEqual({ kind: 'cadence_step', currentSpm: 169, targetSpm: 174 })
    expect(alert.evidence[0]).toEqual({ kind: 'run', id, date: day(-2), label: 'Easy run', value: '169 spm' })
    expect(sourceKeys(alert)).toEqual(['seed-003'])
  })

  it('proposes 168 for 163 spm, as the average of the 5 latest runs of the last 28 days', async () => {
    const s = await scenario()
    await s.run(day(-20), { cadenceSpm: 140 }) // sixth most recent: left out
    for (const [i, spm] of [159, 161, 163, 165, 167].entries()) await s.run(day(-10 + i), { cadenceSpm: spm })
    await s.run(day(-1)) // no cadence recorded
    const alert = only(s.alerts('cadence'))
    expect(alert.proposal).toEqual({ kind: 'cadence_step', currentSpm: 163, targetSpm: 168 })
    expect(alert.key).toBe(`cadence:${String(s.athleteId)}:target-168`)
    expect(alert.title).toBe('Cadence 163 spm: next step 168')
    expect(alert.advice).toContain('metronome at 168 steps per minute')
    expect(alert.evidence.at(-1)).toEqual({
      kind: 'metric',
      id: null,
      date: null,
      label: 'Average of these 5 runs',
      value: '163 spm',
    })
    expect(nextCadenceStep(163)).toBe(168)
  })

  it('falls back on the latest assessment when no recent run has a cadence', async () => {
    const s = await scenario()
    await s.run(day(-29), { cadenceSpm: 150 }) // outside the 28 days
    const id = await s.assessment(day(-40), { cadenceSpm: 165 })
    const alert = only(s.alerts('cadence'))
    expect(alert.proposal).toEqual({ kind: 'cadence_step', currentSpm: 165, targetSpm: 170 })
    expect(alert.evidence).toEqual([
      { kind: 'assessment', id, date: day(-40), label: 'Measured cadence', value: '165 spm' },
    ])
  })
})
