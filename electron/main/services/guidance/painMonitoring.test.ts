import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { NEXT_WEEK } from './rules/painMonitoring'
import { TODAY, day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('pain-monitoring traffic light', () => {
  it('has no colour without a report in the last 7 days (a report 7 days ago is outside)', async () => {
    const s = await scenario()
    await s.pain(day(-7), 9)
    expect(s.guidance.trafficLight(s.athleteId, TODAY)).toMatchObject({
      color: null,
      nextWeek: NEXT_WEEK.none,
      evidence: [],
      asOf: TODAY,
    })
    expect(s.alerts('pain_monitoring')).toEqual([])
  })

  it('is green for during-run pain of 5/10 and red at 6/10', async () => {
    const s = await scenario('Ada')
    await s.pain(day(-2), 5, { timing: 'during' })
    const green = s.guidance.trafficLight(s.athleteId, TODAY)
    expect(green).toMatchObject({ color: 'green', nextWeek: NEXT_WEEK.green, baseline: null })
    expect(green.reasons).toEqual(['All 1 pain report of the last 7 days stayed within the limits.'])
    expect(s.alerts('pain_monitoring')).toEqual([])

    const id = await s.pain(day(-1), 6, { timing: 'during', onsetMinute: 25 })
    const red = s.guidance.trafficLight(s.athleteId, TODAY)
    expect(red.color).toBe('red')
    expect(red.reasons).toEqual([`Pain 6/10 (during the run) on Tue 24 Mar 2026, above the 5/10 limit.`])
    expect(red.nextWeek).toBe(NEXT_WEEK.red)

    const alert = only(s.alerts('pain_monitoring'))
    expect(alert.level).toBe('red')
    expect(alert.key).toBe(`pain_monitoring:${String(s.athleteId)}:red-${String(id)}`)
    expect(alert.message).toBe(`Ada: Pain 6/10 (during the run) on Tue 24 Mar 2026, above the 5/10 limit.`)
    expect(alert.evidence).toEqual([
      { kind: 'pain', id, date: day(-1), label: 'Pain report (during the run)', value: '6/10, central' },
    ])
    expect(sourceKeys(alert)).toEqual(['thomee-1997', 'silbernagel-2007'])
  })

  it('compares next-morning pain with the median of the 28 days before it', async () => {
    const s = await scenario()
    // Baseline window of the report on day −1: days −29 to −2. Were day −30 in it, the median would be 4.
    await s.pain(day(-30), 6, { timing: 'next_morning' })
    await s.pain(day(-29), 2, { timing: 'next_morning' })
    const same = await s.pain(day(-1), 2, { timing: 'next_morning' })
    expect(s.guidance.trafficLight(s.athleteId, TODAY)).toMatchObject({ color: 'green', baseline: 2 })

    s.backend.repos.pain.softDelete(same)
    const higher = await s.pain(day(-1), 3, { timing: 'next_morning' })
    const light = s.guidance.trafficLight(s.athleteId, TODAY)
    expect(light).toMatchObject({ color: 'amber', baseline: 2, nextWeek: NEXT_WEEK.amber })
    expect(light.reasons).toEqual([`Next-morning pain 3/10 on Tue 24 Mar 2026 is above the usual 2/10.`])
    const alert = only(s.alerts('pain_monitoring'))
    expect(alert.level).toBe('amber')
    expect(alert.evidence).toEqual([
      { kind: 'pain', id: higher, date: day(-1), label: 'Pain report (next morning)', value: '3/10, central' },
      {
        kind: 'metric',
        id: null,
        date: null,
        label: 'Usual next-morning pain (median of the 28 days before)',
        value: '2/10',
      },
    ])
  })

  it('takes 0 as the usual next-morning pain when there is no earlier next-morning report', async () => {
    const s = await scenario()
    await s.pain(day(-1), 0, { timing: 'next_morning' })
    expect(s.guidance.trafficLight(s.athleteId, TODAY)).toMatchObject({ color: 'green', baseline: 0 })
    await s.pain(TODAY, 1, { timing: 'next_morning' })
    expect(s.guidance.trafficLight(s.athleteId, TODAY)).toMatchObject({ color: 'amber', baseline: 0 })
  })

  it('turns amber when the weekly mean rises by 1 point, not by 0.5', async () => {
    const s = await scenario()
    await s.pain(day(-10), 2)
    await s.pain(day(-3), 2)
    await s.pain(day(-2), 3) // mean 2.5 against 2
    expect(s.guidance.trafficLight(s.athleteId, TODAY).color).toBe('green')

    await s.pain(day(-1), 4) // mean 3 against 2
    const light = s.guidance.trafficLight(s.athleteId, TODAY)
    expect(light.color).toBe('amber')
    expect(light.reasons).toEqual(['Average pain rose from 2/10 to 3/10 on the week before.'])
    expect(light.evidence.slice(0, 2)).toEqual([
      { kind: 'metric', id: null, date: day(-13), label: 'Average pain, 7 days before', value: '2/10 (1 reports)' },
      { kind: 'metric', id: null, date: day(-6), label: 'Average pain, last 7 days', value: '3/10 (3 reports)' },
    ])
    expect(only(s.alerts('pain_monitoring')).level).toBe('amber')
  })

  it('lets red win over amber', async () => {
    const s = await scenario()
    await s.pain(day(-2), 4, { timing: 'next_morning' })
    await s.pain(day(-1), 7, { timing: 'later' })
    expect(only(s.alerts('pain_monitoring')).level).toBe('red')
  })
})
