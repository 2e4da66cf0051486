import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import {
  activeProgram,
  day,
  only,
  scenario,
  setStatus,
  sourceKeys,
  tickStrength,
} from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('strength sessions missing', () => {
  it('reminds a runner on an active program with 1 session in 7 days, counting sheet ticks, not one with 2', async () => {
    const s = await scenario()
    const program = await activeProgram(s, '2026-03-16')
    const a = await s.session(day(-3))
    await s.session(day(-2), 'mobility') // not strength
    const alert = only(s.alerts('strength_missing'))
    expect(alert.level).toBe('info')
    expect(alert.title).toBe('1 strength session in the last 7 days')
    expect(alert.message).toBe(
      'Ada Lovelace is on “Core stability” and did 1 strength session in the last 7 days (logged or ticked on the sheet).',
    )
    expect(alert.advice).toContain('4–6 hours after the run')
    expect(alert.evidence).toEqual([
      { kind: 'metric', id: null, date: day(-6), label: 'Strength sessions, last 7 days', value: '1' },
      { kind: 'metric', id: null, date: '2026-03-16', label: 'Active program', value: 'Core stability' },
      { kind: 'session', id: a, date: day(-3), label: 'Strength session', value: 'logged' },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-003', 'seed-004'])

    // A strength session ticked on the printed sheet (week 2, the only way the sheet records it) counts.
    const tick = await tickStrength(s, program, 2, day(-6), day(0))
    expect(tick).not.toBe(day(-3))
    expect(s.alerts('strength_missing')).toEqual([])
  })

  it('says nothing to a runner without an active program, however little strength work they log', async () => {
    const s = await scenario()
    await s.session(day(-20))
    expect(s.alerts('strength_missing')).toEqual([])
    const program = await activeProgram(s, '2026-03-16', 'draft')
    expect(s.alerts('strength_missing')).toEqual([])
    // Active, but its six weeks have not started yet on day −10.
    await setStatus(s, program, 'active')
    expect(s.alerts('strength_missing', day(-10))).toEqual([])
    expect(only(s.alerts('strength_missing')).title).toBe('0 strength sessions in the last 7 days')
    // …and over after its last week (2026-04-26).
    expect(s.alerts('strength_missing', '2026-04-27')).toEqual([])
  })

  it('counts a session logged and ticked on the same day once', async () => {
    const s = await scenario()
    const program = await activeProgram(s, '2026-03-16')
    const date = await tickStrength(s, program, 2, day(-6), day(0))
    await s.session(date)
    expect(only(s.alerts('strength_missing')).title).toBe('1 strength session in the last 7 days')
  })
})

describe('run frequency while in pain', () => {
  it('stays quiet at 4 run days (a double day counts once) and informs at 5', async () => {
    const s = await scenario()
    await s.pain(day(-2), 3)
    for (const offset of [-6, -4, -2, 0]) await s.run(day(offset))
    await s.run(day(0), { startTime: '18:00' })
    expect(s.alerts('run_frequency')).toEqual([])

    await s.run(day(-7)) // outside the 7 days
    expect(s.alerts('run_frequency')).toEqual([])
    const fifth = await s.run(day(-5))
    const alert = only(s.alerts('run_frequency'))
    expect(alert.level).toBe('info')
    expect(alert.title).toBe('5 run days in 7 days while in pain')
    expect(alert.evidence[0]).toEqual({
      kind: 'metric',
      id: null,
      date: day(-6),
      label: 'Run days, last 7 days',
      value: '5',
    })
    expect(alert.evidence.filter((e) => e.kind === 'run').map((e) => e.id)).toContain(fifth)
    expect(sourceKeys(alert)).toEqual(['seed-001'])
  })

  it('says nothing without pain', async () => {
    const s = await scenario()
    for (let offset = -6; offset <= 0; offset++) await s.run(day(offset))
    expect(s.alerts('run_frequency')).toEqual([])
  })
})

describe('hydration on hot days', () => {
  it('stays quiet after a run at 24.9 °C and informs at 25 °C', async () => {
    const s = await scenario()
    const cool = await s.run(day(-3), { temperatureC: 24.9 })
    await s.pain(day(-3), 3, { runId: cool, character: 'spasm' })
    expect(s.alerts('hydration')).toEqual([])

    const hot = await s.run(day(-1), { temperatureC: 25, distanceM: 8000, durationMin: 45 })
    const report = await s.pain(day(-1), 3, { runId: hot, character: 'stiffness', timing: 'later' })
    const alert = only(s.alerts('hydration'))
    expect(alert.level).toBe('info')
    expect(alert.advice).toContain('drinks before and during runs')
    expect(alert.evidence).toEqual([
      { kind: 'pain', id: report, date: day(-1), label: 'Pain report (later that day)', value: '3/10, stiffness' },
      { kind: 'run', id: hot, date: day(-1), label: 'Easy run', value: '25 °C' },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-002'])
  })

  it('looks at the reports of the last 14 days: day −13 counts, day −14 does not', async () => {
    const s = await scenario()
    const old = await s.run(day(-14), { temperatureC: 28 })
    await s.pain(day(-14), 3, { runId: old, character: 'spasm' })
    expect(s.alerts('hydration')).toEqual([])
    const recent = await s.run(day(-13), { temperatureC: 28 })
    const report = await s.pain(day(-13), 3, { runId: recent, character: 'spasm' })
    expect(only(s.alerts('hydration')).evidence[0]?.id).toBe(report)
  })

  it('finds the run of the same day for an unlinked report, and ignores other kinds of pain', async () => {
    const s = await scenario()
    await s.run(day(-2), { temperatureC: 30 })
    await s.pain(day(-2), 4, { character: 'ache' })
    expect(s.alerts('hydration')).toEqual([])
    const spasm = await s.pain(day(-2), 4, { character: 'spasm' })
    expect(only(s.alerts('hydration')).evidence[0]?.id).toBe(spasm)
  })
})
