// Pain reports as runners send them to their coach: 1-4 a week during an episode, mostly about a run
// (before, during, right after, that evening or the next morning), with scores that follow the
// episode's arc. Red flags stay unticked except on one report of the club's red-flag runner.
import type { PainLocation, PainTiming } from '#shared/enums'
import { PAIN_NOTES } from './catalog'
import { clock, fromDay, toDay } from './dates'
import { arc, type Episode } from './episodes'
import type { Profile } from './profile'
import { clamp, type Rng } from './random'
import type { SeedPain, SeedRun } from './types'

const NEAR: Record<PainLocation, readonly PainLocation[]> = {
  central: ['both', 'left', 'right'],
  left: ['central', 'buttock'],
  right: ['central', 'buttock'],
  both: ['central'],
  buttock: ['left', 'right', 'thigh'],
  thigh: ['buttock'],
  below_knee: ['thigh', 'buttock'],
}
const HARD = new Set(['long', 'tempo', 'intervals', 'race'])

const startOf = (run: SeedRun) => {
  const [h, m] = (run.fields.startTime ?? '07:00').split(':').map(Number)
  return (h ?? 7) * 60 + (m ?? 0)
}

function report(rng: Rng, episode: Episode, day: number, today: SeedRun | undefined, yesterday: SeedRun | undefined) {
  const timing: PainTiming = today
    ? rng.weighted<PainTiming>([
        ['during', episode.onset !== null ? 5 : 1],
        ['after', 3],
        ['before', 1.5],
        ['later', 1.5],
      ])
    : yesterday && rng.chance(0.75)
      ? 'next_morning'
      : rng.pick(['later', 'next_morning'] as const)
  const run = timing === 'next_morning' ? yesterday : today

  let onsetMinute: number | null = null
  let finalTiming = timing
  if (timing === 'during' && today) {
    const duration = today.fields.durationMin
    if (episode.onset !== null) onsetMinute = clamp(Math.round(rng.normal(episode.onset, 3)), 20, 40)
    else if (rng.chance(0.5)) onsetMinute = rng.int(5, Math.max(5, duration - 5))
    // Pain that would start after the run ended is reported as pain right after it.
    if (onsetMinute !== null && onsetMinute >= duration) {
      onsetMinute = null
      finalTiming = 'after'
    }
  }

  const start = today ? startOf(today) : 0
  const minutes = {
    before: start - rng.int(5, 20),
    during: start + (onsetMinute ?? (today?.fields.durationMin ?? 40) / 2),
    after: start + (today?.fields.durationMin ?? 40) + rng.int(10, 45),
    later: rng.int(19 * 60, 22 * 60),
    next_morning: rng.int(6 * 60 + 30, 8 * 60 + 30),
  }[finalTiming]

  const hardRun = run !== undefined && HARD.has(run.fields.type)
  const bump = (finalTiming === 'during' && hardRun ? 0.6 : 0) + (finalTiming === 'before' ? -0.6 : 0)
  const score = clamp(Math.round(episode.peak * arc(episode, day) + bump + rng.normal(0, 0.6)), 1, 7)
  const hotRun = (run?.fields.temperatureC ?? 0) >= 25
  const character =
    hotRun && finalTiming === 'after' && rng.chance(0.5)
      ? 'spasm'
      : finalTiming === 'next_morning' && rng.chance(0.3)
        ? 'stiffness'
        : episode.character

  const fields: SeedPain['fields'] = {
    date: fromDay(day),
    time: clock(minutes),
    score,
    timing: finalTiming,
    onsetMinute,
    location: rng.chance(0.82) ? episode.location : rng.pick(NEAR[episode.location]),
    character,
    easedByStretching: rng.chance(0.8) ? episode.eased : rng.pick(['yes', 'no', 'not_tried'] as const),
    redFlags: [],
    notes: rng.chance(0.15) ? rng.pick(PAIN_NOTES) : '',
  }
  return { runKey: run?.key ?? null, fields }
}

/** The one report with an urgent red flag: weakness in both legs after the runner's latest run. */
function redFlagReport(runs: SeedRun[], endDay: number): SeedPain {
  const last = runs[runs.length - 1]
  const recent = last !== undefined && toDay(last.fields.date) >= endDay - 6 ? last : undefined
  return {
    runKey: recent?.key ?? null,
    fields: {
      date: recent?.fields.date ?? fromDay(endDay),
      time: recent ? clock(startOf(recent) + recent.fields.durationMin + 40) : '20:30',
      score: 7,
      timing: recent ? 'after' : 'later',
      onsetMinute: null,
      location: 'both',
      character: 'burning',
      easedByStretching: 'no',
      redFlags: ['bilateral_leg_weakness'],
      notes: 'Both legs felt weak and heavy on the stairs after the run.',
    },
  }
}

export function generatePain(
  rng: Rng,
  profile: Profile,
  episodes: readonly Episode[],
  runs: SeedRun[],
  firstDay: number,
  endDay: number,
): SeedPain[] {
  const runOn = new Map<number, SeedRun>()
  for (const run of runs) runOn.set(toDay(run.fields.date), run)
  const reports: SeedPain[] = []

  for (const episode of episodes) {
    const from = Math.max(episode.start, firstDay)
    const to = Math.min(episode.end, endDay)
    for (let weekStart = from; weekStart <= to; weekStart += 7) {
      const days: number[] = []
      for (let d = weekStart; d < weekStart + 7 && d <= to; d++) days.push(d)
      // Runners write more often when it hurts more.
      const level = arc(episode, weekStart) * (episode.peak / 7)
      const count = clamp(Math.round(1 + 3 * level * rng.uniform(0.6, 1.2)), 1, Math.min(4, days.length))
      // Days with a run (or a run the day before) are the ones runners report about.
      const ranked = rng
        .shuffle(days)
        .map((d) => ({ d, score: (runOn.has(d) ? 2 : runOn.has(d - 1) ? 1 : 0) + rng.next() * 1.5 }))
        .sort((a, b) => b.score - a.score)
        .slice(0, count)
        .map((x) => x.d)
        .sort((a, b) => a - b)
      for (const day of ranked) reports.push(report(rng, episode, day, runOn.get(day), runOn.get(day - 1)))
    }
  }
  if (profile.painRole === 'red_flag') reports.push(redFlagReport(runs, endDay))
  return reports.sort((a, b) =>
    a.fields.date === b.fields.date
      ? (a.fields.time ?? '').localeCompare(b.fields.time ?? '')
      : a.fields.date.localeCompare(b.fields.date),
  )
}
