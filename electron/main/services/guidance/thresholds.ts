// Every number the guidance rules use, each with the source it comes from and why it has this value.
// A rule never writes a number of its own: change a threshold here and every rule, message and test
// that names it follows. Source keys are listed in src/shared/guidance.ts (SOURCES); 'backstride' marks
// a working definition the app had to choose because the sources give no number.
import type { SourceKey } from '#shared/sources'
import { DEFAULT_SHOE_REPLACE_M } from '#shared/schemas/shoe'
import { MONOTONY_CAP } from '../analytics/load'
import { SPIKE_RATIO, SPIKE_WINDOW_DAYS } from '../analytics/spikes'

export interface Threshold {
  value: number
  unit: string
  sources: readonly SourceKey[]
  why: string
}

const t = (value: number, unit: string, sources: readonly SourceKey[], why: string): Threshold => ({
  value,
  unit,
  sources,
  why,
})

export const T = {
  // Red flags (Finucane 2020 lists the flags; how long a ticked flag stays on screen is ours).
  redFlagWindowDays: t(
    28,
    'days',
    ['backstride'],
    'A ticked red flag stays on screen for four weeks after the report.',
  ),

  // Pain episodes.
  episodeGapDays: t(
    14,
    'days',
    ['backstride'],
    'Runners send 1–4 pain reports a week while the back hurts and a coach may only hear on training days; two ' +
      'weeks without any report above 0 is taken to mean that stretch of pain has settled. An episode is open while ' +
      'its last report is at most this many days old and the coach has not closed it.',
  ),
  painLastingDays: t(56, 'days', ['seed-001'], 'Symptoms lasting longer than 8 weeks are a reason to see a doctor.'),
  notEasingReports: t(
    2,
    'reports',
    ['seed-001', 'backstride'],
    'Pain that stretching does not improve is a reason to see a doctor; two reports in one episode make it a pattern ' +
      'rather than one bad day.',
  ),

  // Pain-monitoring model (Thomeé 1997; Silbernagel 2007).
  painCeiling: t(
    5,
    'points of 10',
    ['thomee-1997', 'silbernagel-2007'],
    'Pain up to 5/10 during the activity is acceptable in the pain-monitoring model; more is a red light.',
  ),
  lightWindowDays: t(7, 'days', ['backstride'], 'The light judges the reports of the last 7 days, today included.'),
  baselineWindowDays: t(
    28,
    'days',
    ['backstride'],
    'Usual next-morning pain = median of the next-morning reports of the 28 days before the latest one (0 when none).',
  ),
  weeklyRisePoints: t(
    1,
    'points of 10',
    ['silbernagel-2007', 'backstride'],
    'Pain should not rise from week to week; a rise of the weekly mean by 1 point or more counts, smaller changes ' +
      'are within the noise of a 0–10 scale.',
  ),

  // Pain onset minute (seed 002: pain after 30 min → run 20 min, add strength, build up).
  onsetWindowDays: t(28, 'days', ['backstride'], 'Recent runs = pain reports of the last 28 days.'),
  onsetMinRuns: t(2, 'runs', ['seed-002'], 'The same onset in 2 or more runs is a pattern.'),
  onsetCapFraction: t(2 / 3, 'of the onset minute', ['seed-002'], '30 minutes to pain → run 20 minutes.'),
  onsetShortestCap: t(
    10,
    'min',
    ['seed-002', 'seed-001', 'backstride'],
    'A run shorter than 10 minutes is not a useful cap: below it, walk-run intervals or cross-training on other ' +
      'days and a check by a physiotherapist are proposed instead.',
  ),
  onsetCapStep: t(
    5,
    'min',
    ['backstride'],
    'The cap is rounded down to whole 5 minutes, so 30 → 20, 25 → 15, 40 → 25.',
  ),

  // Load (analytics/spikes.ts and analytics/weekly.ts apply these; listed here so every number is in one place).
  spikeRatio: t(SPIKE_RATIO, '× longest recent run', ['frandsen-2025'], 'A run longer than 110 % of the longest run.'),
  spikeLookbackDays: t(SPIKE_WINDOW_DAYS, 'days', ['frandsen-2025'], 'Longest run of the previous 30 days.'),
  spikeRecentDays: t(14, 'days', ['backstride'], 'A spike is worth a caution for two weeks after the run.'),
  progressionInfoPct: t(10, '% on the previous week', ['seed-000', 'seed-001'], 'Gradual progression (information).'),
  progressionCautionPct: t(
    30,
    '% over two weeks',
    ['nielsen-2014'],
    'Weekly distance more than 30 % above the week two weeks before; checked for the current and the previous week.',
  ),
  monotonyHigh: t(2, '', ['foster-1998'], 'Monotony (7-day mean / SD of daily load) of 2.0 or more is high.'),
  monotonyCap: t(MONOTONY_CAP, '', ['foster-1998'], 'An all-rest week has monotony 10 by convention: never flagged.'),

  // Shoes (seed 004: replace every 300–500 miles).
  shoeReplaceDefaultM: t(DEFAULT_SHOE_REPLACE_M, 'm', ['seed-004'], '800 km ≈ 500 mi, unless set per shoe.'),
  shoeWarnFraction: t(
    0.6,
    'of the replace distance',
    ['seed-004'],
    '300 of 500 miles: a warning at 480 km for the default 800 km, scaled when the coach sets another distance.',
  ),

  // Surfaces (seeds 001, 002: road/concrete all year; mix in trail, track, grass).
  hardSurfaceShare: t(0.8, 'of distance', ['seed-001', 'seed-002'], '80 % or more on road or concrete.'),
  hardSurfaceWindowDays: t(28, 'days', ['backstride'], 'Distance of the last 28 days with a surface recorded.'),

  // Cadence (seed 003: 170–190 spm, in steps of +5 with a metronome).
  cadenceTarget: t(170, 'spm', ['seed-003'], 'Bottom of the 170–190 steps per minute range.'),
  cadenceUpper: t(190, 'spm', ['seed-003'], 'Top of the range.'),
  cadenceStep: t(5, 'spm', ['seed-003'], 'Raise in steps of 5 (160 → 165).'),
  cadenceWindowDays: t(28, 'days', ['backstride'], 'Runs of the last 28 days with a cadence.'),
  cadenceRuns: t(5, 'runs', ['backstride'], 'Average of the 5 most recent of those runs; else the latest assessment.'),

  // Strength (seeds 003, 004: 2–3 sessions a week, 4–6 h after a run on run days).
  strengthMinSessions: t(2, 'sessions', ['seed-003'], 'At least 2 strength sessions in 7 days.'),
  strengthWindowDays: t(7, 'days', ['seed-003'], 'The last 7 days, today included.'),

  // Run frequency while in pain (seed 001: 3–4 run days a week, cross-train on the others).
  runDaysMax: t(4, 'run days', ['seed-001'], 'More than 4 run days in the last 7 days.'),
  runDaysWindowDays: t(7, 'days', ['seed-001'], 'The last 7 days, today included.'),

  // Hydration (seed 002: dehydration on a hot day may bring spasm or tightness after the run).
  hotDayC: t(25, '°C', ['seed-002', 'backstride'], 'A run at 25 °C or more counts as a hot day.'),
  hydrationWindowDays: t(14, 'days', ['backstride'], 'Pain reports of the last 14 days.'),

  // Pain-episode review: what changed before pain rose.
  reviewWindowDays: t(
    14,
    'days',
    ['backstride'],
    'The 14 days before the first report of an episode, compared with the 14 days before those.',
  ),
  reviewHardShareRisePoints: t(
    10,
    'percentage points',
    ['seed-001', 'seed-002'],
    'More hard surfaces = the share of distance on road or concrete rose by 10 points or more.',
  ),
  reviewCadenceDropSpm: t(
    3,
    'spm',
    ['seed-003'],
    'A cadence drop = the average cadence fell by 3 steps per minute or more (about the noise between runs).',
  ),
} as const satisfies Record<string, Threshold>

/**
 * value ≥ threshold, with a relative tolerance of 1e-9: a value that sits exactly on a threshold on paper
 * (a monotony of exactly 2, 60 % of a shoe's distance) must not be lost to binary rounding.
 */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - 1e-9 * Math.max(1, Math.abs(threshold))
}

/** The run cap for pain that starts at minute M: ⌊(2/3 · M) / 5⌋ · 5. */
export function runCapMinutes(onsetMinute: number): number {
  const step = T.onsetCapStep.value
  // The small allowance keeps a product that is whole on paper (2/3 · 45 = 30) from rounding down a step.
  return Math.floor((T.onsetCapFraction.value * onsetMinute) / step + 1e-9) * step
}

/** The next cadence step: the current cadence rounded to whole steps per minute, plus 5. */
export function nextCadenceStep(currentSpm: number): number {
  return Math.min(Math.round(currentSpm) + T.cadenceStep.value, T.cadenceUpper.value)
}
