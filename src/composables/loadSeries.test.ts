import { describe, expect, it } from 'vitest'
import type { AthleteLoad, LoadDay, WeekSummary } from '#shared/analytics'
import { addDays, isoWeekStart } from '#shared/dates'
import type { PainReport } from '#shared/types'
import { loadWindow, type LoadRange } from './loadRange'
import { buildLoadModel, dayMs } from './loadSeries'

const THROUGH = '2026-03-31'

function history(days: number): AthleteLoad {
  const from = addDays(THROUGH, 1 - days)
  const list: LoadDay[] = Array.from({ length: days }, (_, i) => ({
    date: addDays(from, i),
    distanceM: 5000,
    durationMin: 30,
    load: 150,
    runCount: 1,
    acuteEwma: 150,
    chronicEwma: 150,
    acwrEwma: i === 0 ? null : 1,
    acwrRolling: null,
    monotony: 10,
    strain: 0,
    fitness: 0,
    fatigue: 0,
    form: 0,
  }))
  const weeks = new Map<string, WeekSummary>()
  for (const day of list) {
    const weekStart = isoWeekStart(day.date)
    const week = weeks.get(weekStart) ?? {
      weekStart,
      isoWeek: '',
      runCount: 0,
      distanceM: 0,
      durationMin: 0,
      load: 0,
      distanceChangePct: null,
      durationChangePct: null,
      loadChangePct: null,
      twoWeekDistanceChangePct: null,
      progression: null,
      worstPain: null,
      meanPain: null,
      painReports: 0,
    }
    week.runCount++
    week.distanceM += day.distanceM
    week.durationMin += day.durationMin
    week.load += day.load
    weeks.set(weekStart, week)
  }
  const spikes = [
    {
      runId: 9,
      date: '2026-03-20',
      measure: 'distance' as const,
      value: 9000,
      previousLongest: 5000,
      previousLongestRunId: 8,
      previousLongestDate: '2026-03-10',
      ratio: 1.8,
    },
  ]
  return { athleteId: 1, from, through: THROUGH, days: list, weeks: [...weeks.values()], spikes }
}

function report(date: string, fields: Partial<PainReport> = {}): PainReport {
  return {
    id: 1,
    athleteId: 1,
    date,
    time: null,
    runId: null,
    score: 4,
    timing: 'after',
    onsetMinute: null,
    location: 'central',
    character: 'ache',
    easedByStretching: 'not_tried',
    redFlags: [],
    notes: '',
    ...fields,
  }
}

function model(range: LoadRange, days: number, pain: PainReport[] = []) {
  const load = history(days)
  return buildLoadModel({
    load,
    runs: [],
    pain,
    window: loadWindow(range, THROUGH, load.from),
    metric: 'distance',
    lines: 'acwr',
    unit: 'km',
  })
}

const byLabel = (m: ReturnType<typeof model>, label: string) => m.series.find((s) => s.label === label)

describe('buildLoadModel', () => {
  it('draws one bar per calendar day of the window, and the axis spans exactly those days', () => {
    const m = model('4w', 200)
    expect(m.series[0]?.label).toBe('Daily distance (km)')
    expect(m.series[0]?.points).toHaveLength(28)
    expect(m.series[0]?.points[0]).toEqual({ x: dayMs('2026-03-04', 12), y: 5, i: 0 })
    expect([m.xMin, m.xMax]).toEqual([dayMs('2026-03-04'), dayMs('2026-04-01')])
  })

  it('marks a single-run spike on its own day bar', () => {
    const spikes = byLabel(model('4w', 200), 'Single-run spike')
    expect(spikes?.points).toEqual([{ x: dayMs('2026-03-20', 12), y: 5, i: 16 }])
    expect(spikes?.describe(16)[1]).toMatch(/^Single-run spike: 9\.0 km, 180 % of the longest run/)
  })

  it('bins three years into weekly bars but keeps the ratio line daily', () => {
    const m = model('all', 1095)
    expect(m.series[0]?.label).toBe('Weekly distance (km)')
    // 2023-04-02 (a Sunday) to 2026-03-31 (a Tuesday): one day of the first week, 156 whole weeks, two days.
    expect(m.series[0]?.points).toHaveLength(158)
    expect(byLabel(m, 'ACWR (acute ÷ chronic)')?.points).toHaveLength(1094)
  })

  it('sorts pain reports by timing, and red-flag reports into their own series', () => {
    const m = model('4w', 200, [
      report('2026-03-30', { timing: 'during', score: 6, time: '07:40' }),
      report('2026-03-31', { timing: 'next_morning' }),
      report('2026-03-29', { timing: 'after', redFlags: ['saddle_numbness'] }),
      report('2026-01-01', { timing: 'during' }),
    ])
    expect(byLabel(m, 'Pain · During the run')?.points).toEqual([
      { x: dayMs('2026-03-30') + 7 * 3_600_000 + 40 * 60_000, y: 6, i: 0 },
    ])
    expect(byLabel(m, 'Pain · Next morning')?.points).toHaveLength(1)
    expect(byLabel(m, 'Red flag reported')?.timings).toEqual(['after'])
    expect(m.summary).toContain('3 pain reports, worst 6/10.')
  })

  it('counts one pain report and one spike in the singular in the chart’s summary', () => {
    const m = model('4w', 200, [report('2026-03-30', { timing: 'during', score: 6 })])
    expect(m.summary).toContain(' 1 pain report, worst 6/10. 1 single-run spike.')
  })
})
