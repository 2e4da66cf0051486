import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { runCapMinutes } from './thresholds'
import { TODAY, day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'
import type { Scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

async function painAt(s: Scenario, offset: number, onsetMinute: number): Promise<number> {
  const runId = await s.run(day(offset), { durationMin: 45 })
  return s.pain(day(offset), 3, { timing: 'during', onsetMinute, runId })
}

describe('pain onset minute', () => {
  it('computes the cap as two thirds of the onset minute, rounded down to whole 5 minutes', () => {
    expect([30, 25, 40, 45, 15, 7, 8].map(runCapMinutes)).toEqual([20, 15, 25, 30, 10, 0, 5])
  })

  it('needs pain at a minute of onset in 2 runs: one run is not a pattern', async () => {
    const s = await scenario()
    await painAt(s, -5, 30)
    expect(s.alerts('onset_minute')).toEqual([])
  })

  it.each([
    [30, 20],
    [25, 15],
    [40, 25],
  ])('proposes a cap for onset at minute %i → %i min', async (onset, cap) => {
    const s = await scenario('Ada')
    const a = await painAt(s, -9, onset)
    const b = await painAt(s, -2, onset)
    const alert = only(s.alerts('onset_minute'))
    expect(alert.level).toBe('caution')
    expect(alert.proposal).toEqual({ kind: 'run_cap', onsetMinute: onset, capMinutes: cap })
    expect(alert.title).toBe(`Pain starts around minute ${String(onset)}: cap runs at ${String(cap)} min`)
    expect(alert.advice).toContain(`capping Ada’s runs at ${String(cap)} minutes`)
    expect(alert.evidence.filter((e) => e.kind === 'pain')).toEqual([
      {
        kind: 'pain',
        id: a,
        date: day(-9),
        label: 'Pain report (during the run)',
        value: `3/10, started at minute ${String(onset)}`,
      },
      {
        kind: 'pain',
        id: b,
        date: day(-2),
        label: 'Pain report (during the run)',
        value: `3/10, started at minute ${String(onset)}`,
      },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-002'])
  })

  it('uses the lower median of three runs, and counts two reports on one run once', async () => {
    const s = await scenario()
    await painAt(s, -12, 40)
    const runId = await s.run(day(-6), { durationMin: 50 })
    await s.pain(day(-6), 2, { timing: 'during', onsetMinute: 30, runId })
    await s.pain(day(-6), 4, { timing: 'during', onsetMinute: 35, runId })
    await painAt(s, -1, 25)
    const alert = only(s.alerts('onset_minute'))
    expect(alert.message).toContain('In 3 recent runs')
    expect(alert.proposal).toEqual({ kind: 'run_cap', onsetMinute: 30, capMinutes: 20 })
  })

  it('looks back 28 days: a report from day −28 does not count, one from day −27 does', async () => {
    const s = await scenario()
    await painAt(s, -28, 30)
    await painAt(s, -1, 30)
    expect(s.alerts('onset_minute')).toEqual([])
    await painAt(s, -27, 30)
    expect(s.alerts('onset_minute')).toHaveLength(1)
  })

  it.each([
    [14, 5],
    [5, 0],
  ])(
    'proposes walk-run or cross-training and a physio check, never a cap, when onset %i gives %i min',
    async (onset, cap) => {
      const s = await scenario('Ada')
      await painAt(s, -3, onset)
      await painAt(s, -1, onset)
      const alert = only(s.alerts('onset_minute'))
      expect(alert.proposal).toEqual({ kind: 'walk_run', onsetMinute: onset, capMinutes: cap })
      expect(alert.title).toBe(
        `Pain starts around minute ${String(onset)}: walk-run or cross-train, and a physio check`,
      )
      expect(alert.title).not.toContain('cap runs')
      expect(alert.advice).toContain('walk-run intervals')
      expect(alert.advice).toContain('cross-training')
      expect(alert.advice).toContain('checked by a physiotherapist')
      expect(alert.evidence.at(-1)).toMatchObject({ label: 'Proposed run cap', value: 'none (under 10 min)' })
      expect(sourceKeys(alert)).toEqual(['seed-002', 'seed-001'])
      expect(alert.asOf).toBe(TODAY)
    },
  )

  it('states its thresholds in words, with no formula', async () => {
    const s = await scenario()
    await painAt(s, -3, 30)
    await painAt(s, -1, 30)
    const { trigger } = only(s.alerts('onset_minute'))
    expect(trigger).toContain('two thirds of the minute the pain starts')
    expect(trigger).not.toMatch(/[⌊⌋×]/)
  })
})
