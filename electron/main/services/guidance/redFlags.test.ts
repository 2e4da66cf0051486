import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { TODAY, day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('red flag — urgent', () => {
  it('tells the coach to stop the runner and see a doctor today, naming the report and the flag', async () => {
    const s = await scenario('Ada')
    const id = await s.pain(day(-2), 6, { redFlags: ['bilateral_leg_weakness'], location: 'both' })
    const alert = only(s.alerts('red_flag_urgent'))
    expect(alert.level).toBe('refer_today')
    expect(alert.key).toBe(`red_flag_urgent:${String(s.athleteId)}:pain-${String(id)}`)
    expect(alert.message).toContain('weakness or numbness in both legs')
    expect(alert.advice).toContain('Tell Ada to stop running and see a doctor today')
    expect(alert.evidence).toEqual([
      {
        kind: 'pain',
        id,
        date: day(-2),
        label: 'Pain report (right after)',
        value: 'weakness or numbness in both legs',
      },
    ])
    expect(sourceKeys(alert)).toEqual(['finucane-2020'])
    expect(alert.sources[0]?.citation).toContain('Finucane LM, Downie A, Mercer C, et al. (2020)')
    expect(alert.asOf).toBe(TODAY)
    // The urgent alert is the athlete's most urgent one.
    expect(s.guidance.alertsFor(s.athleteId, TODAY)[0]?.ruleId).toBe('red_flag_urgent')
  })

  it('counts a flag ticked on a 0/10 report and lists every flagged report of the window', async () => {
    const s = await scenario()
    const a = await s.pain(day(-10), 0, { redFlags: ['saddle_numbness'] })
    const b = await s.pain(day(-1), 3, { redFlags: ['bladder_bowel_change', 'fever_unwell'] })
    const alert = only(s.alerts('red_flag_urgent'))
    expect(alert.evidence.map((e) => [e.id, e.value])).toEqual([
      [a, 'numbness in the saddle or groin area'],
      [b, 'new change in bladder or bowel control'],
    ])
    // The same report's other flag raises the "refer" alert as well.
    expect(only(s.alerts('red_flag')).evidence.map((e) => [e.id, e.value])).toEqual([
      [b, 'fever or feeling generally unwell'],
    ])
  })

  it('keeps a flag on screen for 28 days: day −27 still shows, day −28 no longer does', async () => {
    const s = await scenario()
    await s.pain(day(-28), 4, { redFlags: ['saddle_numbness'] })
    expect(s.alerts('red_flag_urgent')).toEqual([])
    await s.pain(day(-27), 4, { redFlags: ['saddle_numbness'] })
    expect(only(s.alerts('red_flag_urgent')).evidence.map((e) => e.date)).toEqual([day(-27)])
  })

  it('ignores reports dated after the day being evaluated', async () => {
    const s = await scenario()
    await s.pain(day(1), 4, { redFlags: ['saddle_numbness'] })
    expect(s.alerts('red_flag_urgent')).toEqual([])
    expect(s.alerts('red_flag_urgent', day(1))).toHaveLength(1)
  })
})

describe('red flag — other', () => {
  it('asks for a doctor before more training, at level refer', async () => {
    const s = await scenario('Grace')
    const id = await s.pain(day(0), 2, { redFlags: ['constant_night_pain', 'recent_trauma'] })
    const alert = only(s.alerts('red_flag'))
    expect(alert.level).toBe('refer')
    expect(alert.advice).toContain('Ask Grace to see a doctor before any more training')
    expect(alert.evidence).toEqual([
      {
        kind: 'pain',
        id,
        date: TODAY,
        label: 'Pain report (right after)',
        value: 'recent fall or other trauma; constant pain at night, not eased by lying still',
      },
    ])
    expect(s.alerts('red_flag_urgent')).toEqual([])
  })

  it('raises nothing for pain reports without flags', async () => {
    const s = await scenario()
    await s.pain(day(0), 9)
    expect(s.alerts('red_flag')).toEqual([])
    expect(s.alerts('red_flag_urgent')).toEqual([])
  })
})
