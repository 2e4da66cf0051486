import { describe, expect, it } from 'vitest'
import type { AcwrReason, LoadDay } from '#shared/analytics'
import type { PlanForecast } from '#shared/planning'
import { peakAhead, planAheadText } from './planAhead'

const TODAY = '2026-12-07'

/** A forecast day with only what the peak reads: the date, the ratio and why it is missing. */
function day(date: string, acwrEwma: number | null, acwrReason: AcwrReason | null = null): LoadDay {
  const load = { distanceM: 0, durationMin: 0, load: 0, runCount: 0, acuteEwma: 0, chronicEwma: 0 }
  return {
    ...load,
    date,
    acwrEwma,
    acwrRolling: null,
    acwrReason,
    monotony: 0,
    strain: 0,
    fitness: 0,
    fatigue: 0,
    form: 0,
  }
}

/** Days from 5 Dec 2026 on, one per ratio; the plan starts counting on `plannedFrom`. */
function forecast(
  ratios: (number | null)[],
  plannedFrom: string | null,
  reason: AcwrReason | null = null,
): PlanForecast {
  const dates = ratios.map((_, i) => `2026-12-${String(5 + i).padStart(2, '0')}`)
  return {
    athleteId: 7,
    from: '2026-10-01',
    through: dates.at(-1) ?? TODAY,
    days: ratios.map((r, i) => day(dates[i] ?? TODAY, r, r === null ? reason : null)),
    weeks: [],
    spikes: [],
    today: TODAY,
    plannedFrom,
  }
}

const read = (f: PlanForecast) => planAheadText(peakAhead(f))

describe('peakAhead: the highest ratio the plan reaches', () => {
  it('reads "nothing planned ahead" when no planned run lies ahead, whatever the history shows', () => {
    const f = forecast([1.9, 1.2], null)
    expect(peakAhead(f)).toEqual({ kind: 'nothing_planned' })
    expect(read(f)).toEqual({ figure: 'nothing planned ahead', when: '' })
  })

  it('takes the peak on planned days only: a higher ratio before plannedFrom does not count', () => {
    // 5 and 6 Dec are history (1.90, 1.70); the plan counts from 8 Dec: 1.10, 1.42, 1.38.
    const f = forecast([1.9, 1.7, 1.2, 1.1, 1.42, 1.38], '2026-12-08')
    expect(peakAhead(f)).toEqual({ kind: 'peak', acwr: 1.42, date: '2026-12-09', band: 'elevated' })
    expect(read(f)).toEqual({ figure: '1.42 (elevated)', when: 'on Wed 9 Dec 2026' })
  })

  it('keeps the first day of a tie', () => {
    const f = forecast([1.25, 1.25, 1.0], '2026-12-05')
    expect(peakAhead(f)).toMatchObject({ acwr: 1.25, date: '2026-12-05', band: 'typical' })
  })

  it.each([
    [0.7949, '0.79 (low)', 'low'],
    [0.7951, '0.80 (typical)', 'typical'],
    [1.3049, '1.30 (typical)', 'typical'],
    [1.3051, '1.31 (elevated)', 'elevated'],
    [1.5049, '1.50 (elevated)', 'elevated'],
    [1.5051, '1.51 (high)', 'high'],
  ])('a peak of %f reads %s, just either side of a band boundary', (peak, figure, band) => {
    const f = forecast([0.5, peak, 0.6], '2026-12-05')
    expect(peakAhead(f)).toEqual({ kind: 'peak', acwr: peak, date: '2026-12-06', band })
    expect(read(f)).toEqual({ figure, when: 'on Sun 6 Dec 2026' })
  })

  it('skips planned days without a ratio when others have one', () => {
    const f = forecast([null, null, 0.92], '2026-12-05', 'building_history')
    expect(read(f)).toEqual({ figure: '0.92 (typical)', when: 'on Mon 7 Dec 2026' })
  })

  it('reads "building history" when every planned day is still building history', () => {
    const f = forecast([1.6, null, null, null], '2026-12-06', 'building_history')
    expect(peakAhead(f)).toEqual({ kind: 'no_ratio', reason: 'building_history' })
    expect(read(f)).toEqual({ figure: 'building history', when: '' })
  })

  it('reads "—" when the planned days have no ratio and give no reason', () => {
    expect(read(forecast([null, null], '2026-12-05'))).toEqual({ figure: '—', when: '' })
  })
})
