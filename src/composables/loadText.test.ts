import { describe, expect, it } from 'vitest'
import type { LoadDay, RunSpike, WeekSummary } from '#shared/analytics'
import type { PainReport, Run } from '#shared/types'
import {
  acuteChronicLines,
  acwrBand,
  dayLines,
  formatChange,
  monotonyLevel,
  painLines,
  ratioLines,
  runSummary,
  weekLines,
} from './loadText'

function run(fields: Partial<Run> = {}): Run {
  return {
    id: 1,
    athleteId: 1,
    date: '2026-03-10',
    startTime: '07:30',
    durationMin: 108,
    distanceM: 18_200,
    rpe: 5,
    load: 540,
    type: 'long',
    surface: 'road',
    shoeId: null,
    cadenceSpm: null,
    elevationGainM: null,
    temperatureC: null,
    notes: '',
    source: 'manual',
    sourceFile: null,
    startUtc: null,
    utcOffsetMin: null,
    ...fields,
  }
}

function day(fields: Partial<LoadDay> = {}): LoadDay {
  return {
    date: '2026-03-10',
    distanceM: 18_200,
    durationMin: 108,
    load: 540,
    runCount: 1,
    acuteEwma: 312.4,
    chronicEwma: 280.2,
    acwrEwma: 1.3184,
    acwrRolling: null,
    monotony: 1.2,
    strain: 0,
    fitness: 0,
    fatigue: 0,
    form: 0,
    ...fields,
  }
}

function pain(fields: Partial<PainReport> = {}): PainReport {
  return {
    id: 1,
    athleteId: 1,
    date: '2026-03-10',
    time: '08:05',
    runId: 1,
    score: 6,
    timing: 'during',
    onsetMinute: 30,
    location: 'left',
    character: 'ache',
    easedByStretching: 'not_tried',
    redFlags: [],
    notes: '',
    ...fields,
  }
}

const spike: RunSpike = {
  runId: 1,
  date: '2026-03-10',
  measure: 'distance',
  value: 18_200,
  previousLongest: 14_600,
  previousLongestRunId: 2,
  previousLongestDate: '2026-03-01',
  ratio: 18_200 / 14_600,
}

describe('tooltip lines for the load chart', () => {
  it('describes a run the way a coach logs it', () => {
    expect(runSummary(run(), 'km')).toBe('Long run · 18.2 km · RPE 5 · load 540')
    expect(runSummary(run(), 'mi')).toBe('Long run · 11.3 mi · RPE 5 · load 540')
    expect(runSummary(run({ distanceM: null, rpe: null, load: null, type: 'easy', durationMin: 45 }), 'km')).toBe(
      'Easy run · 45:00 · no RPE yet',
    )
  })

  it('gives a day bar its date and run, a rest day, or several runs, and any spike on it', () => {
    expect(dayLines(day(), [run()], [], 'km')).toEqual(['Tue 10 Mar 2026 · Long run · 18.2 km · RPE 5 · load 540'])
    expect(dayLines(day({ load: 0, runCount: 0, distanceM: 0 }), [], [], 'km')).toEqual(['Tue 10 Mar 2026 · Rest day'])
    const easy = run({ id: 2, type: 'easy', distanceM: 5000, rpe: 3, load: 90, durationMin: 30 })
    expect(dayLines(day({ load: 630, distanceM: 23_200, runCount: 2 }), [run(), easy], [], 'km')).toEqual([
      'Tue 10 Mar 2026 · 2 runs · 23.2 km · load 630',
      'Long run · 18.2 km · RPE 5 · load 540',
      'Easy run · 5.0 km · RPE 3 · load 90',
    ])
    expect(dayLines(day(), [run()], [spike], 'km')).toEqual([
      'Tue 10 Mar 2026 · Long run · 18.2 km · RPE 5 · load 540',
      'Single-run spike: 18.2 km, 125 % of the longest run in the 30 days before (14.6 km on Sun 1 Mar 2026)',
    ])
  })

  it('says the pain score, when it hurt, from which minute and where', () => {
    expect(painLines(pain())).toEqual([
      'Pain 6/10 · During the run · from minute 30 · Left side',
      'Tue 10 Mar 2026, 08:05',
    ])
    expect(
      painLines(pain({ timing: 'next_morning', onsetMinute: null, location: 'central', score: 3, time: null })),
    ).toEqual(['Pain 3/10 · Next morning · Central', 'Tue 10 Mar 2026'])
  })

  it('says a red flag plainly, urgent ones first of all', () => {
    expect(painLines(pain({ redFlags: ['bilateral_leg_weakness'] }))[2]).toBe(
      'Urgent red flag: Weakness or numbness in both legs. Stop running; see a doctor today.',
    )
    expect(painLines(pain({ redFlags: ['fever_unwell'] }))[2]).toBe(
      'Red flag: Fever or feeling generally unwell. See a doctor before more training.',
    )
  })

  it('describes the ratio and acute/chronic lines with the band in words', () => {
    expect(ratioLines(day())).toEqual([
      'Tue 10 Mar 2026 · ACWR 1.32 (elevated)',
      'acute load 312 · chronic load 280 (per day)',
    ])
    expect(acuteChronicLines(day({ acwrEwma: null }))).toEqual([
      'Tue 10 Mar 2026 · acute load 312 · chronic load 280 (per day)',
      'ACWR —',
    ])
  })

  it('sums up a week with its change and worst pain', () => {
    const week: WeekSummary = {
      weekStart: '2026-03-09',
      isoWeek: '2026-W11',
      runCount: 5,
      distanceM: 42_300,
      durationMin: 250,
      load: 1830,
      distanceChangePct: 12.4,
      durationChangePct: 5,
      loadChangePct: 8,
      twoWeekDistanceChangePct: 20,
      progression: 'info',
      worstPain: 4,
      meanPain: 2.5,
      painReports: 2,
    }
    expect(weekLines(week, 'km')).toEqual([
      'Week of Mon 9 Mar 2026 · 5 runs · 42.3 km · 4:10:00 · load 1830',
      'Distance +12 % on the week before',
      'Worst pain 4/10 in 2 reports',
    ])
  })
})

describe('bands and levels', () => {
  it('puts the ratio in descriptive bands with 0.8, 1.3 and 1.5 as the edges', () => {
    expect([0.79, 0.8, 1.3, 1.31, 1.5, 1.51].map(acwrBand)).toEqual([
      'low',
      'typical',
      'typical',
      'elevated',
      'elevated',
      'high',
    ])
  })

  it('marks monotony from 1.5 (caution) and 2.0 (high)', () => {
    expect([1.49, 1.5, 1.99, 2].map(monotonyLevel)).toEqual([null, 'caution', 'caution', 'high'])
  })

  it('writes a change with its sign and a true minus', () => {
    expect([12.4, -8.6, 0.2, null].map(formatChange)).toEqual(['+12 %', '−9 %', '0 %', '—'])
  })
})
