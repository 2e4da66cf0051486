import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { TODAY, day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'
import type { Scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

/** Weekly pain reports from `first` days ago to today (the last one today), so the episode never breaks. */
async function weeklyPainSince(s: Scenario, first: number): Promise<number[]> {
  const ids: number[] = []
  for (let offset = -first; offset < 0; offset += 7) ids.push(await s.pain(day(offset), 3))
  ids.push(await s.pain(TODAY, 4))
  return ids
}

describe('pain lasting more than 8 weeks', () => {
  it('stays quiet at exactly 8 weeks (56 days from first to last report)', async () => {
    const s = await scenario()
    await weeklyPainSince(s, 56)
    expect(s.guidance.episodes(s.athleteId, TODAY).at(-1)?.days).toBe(56)
    expect(s.alerts('pain_lasting')).toEqual([])
  })

  it('refers at 8 weeks and 1 day, citing the first and last report', async () => {
    const s = await scenario('Ada')
    const ids = await weeklyPainSince(s, 57)
    const alert = only(s.alerts('pain_lasting'))
    expect(alert.level).toBe('refer')
    expect(alert.key).toBe(`pain_lasting:${String(s.athleteId)}:episode-${day(-57)}`)
    expect(alert.message).toContain('8 weeks 1 day')
    expect(alert.advice).toContain('sees a doctor or physiotherapist')
    expect(alert.evidence).toEqual([
      {
        kind: 'metric',
        id: null,
        date: day(-57),
        label: 'Current pain episode',
        value: `8 weeks 1 day (Tue 27 Jan 2026 to Wed 25 Mar 2026), ${String(ids.length)} reports, worst 4/10`,
      },
      { kind: 'pain', id: ids[0], date: day(-57), label: 'Pain report (right after)', value: '3/10, central' },
      { kind: 'pain', id: ids.at(-1), date: TODAY, label: 'Pain report (right after)', value: '4/10, central' },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-001'])
  })

  it('does not refer for a long episode that has settled (no report for 15 days)', async () => {
    const s = await scenario()
    for (let offset = -90; offset <= -15; offset += 7) await s.pain(day(offset), 3)
    expect(s.guidance.episodes(s.athleteId, TODAY).at(-1)).toMatchObject({ days: 70, open: false })
    expect(s.alerts('pain_lasting')).toEqual([])
  })
})

describe('pain spreading below the knee', () => {
  it('stays quiet for pain in the thigh and refers for pain below the knee', async () => {
    const s = await scenario()
    await s.pain(day(-3), 4, { location: 'thigh' })
    expect(s.alerts('pain_spreading')).toEqual([])
    const id = await s.pain(day(-1), 4, { location: 'below_knee' })
    const alert = only(s.alerts('pain_spreading'))
    expect(alert.level).toBe('refer')
    expect(alert.advice).toContain('see a doctor or physiotherapist')
    expect(alert.evidence).toEqual([
      {
        kind: 'pain',
        id,
        date: day(-1),
        label: 'Pain report (right after)',
        value: '4/10, below the knee / calf / foot',
      },
    ])
  })

  it('ignores a below-knee report of an earlier, settled episode', async () => {
    const s = await scenario()
    await s.pain(day(-40), 4, { location: 'below_knee' })
    await s.pain(day(-2), 2, { location: 'central' })
    expect(s.alerts('pain_spreading')).toEqual([])
  })
})

describe('pain not easing with stretching', () => {
  it('needs two reports of the open episode where stretching did not help', async () => {
    const s = await scenario()
    await s.pain(day(-9), 3, { easedByStretching: 'yes' })
    const first = await s.pain(day(-6), 3, { easedByStretching: 'no' })
    expect(s.alerts('pain_not_easing')).toEqual([])
    const second = await s.pain(day(-2), 4, { easedByStretching: 'no' })
    const alert = only(s.alerts('pain_not_easing'))
    expect(alert.level).toBe('refer')
    expect(alert.advice).toContain('sees a physiotherapist')
    expect(alert.evidence.filter((e) => e.kind === 'pain').map((e) => [e.id, e.value])).toEqual([
      [first, '3/10, not eased by stretching'],
      [second, '4/10, not eased by stretching'],
    ])
  })
})
