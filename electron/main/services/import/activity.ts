// One activity as read from any file format, before it becomes a run. Every parser produces these; from
// here on FIT, GPX, TCX and CSV are treated alike.
import type { Surface } from '#shared/enums'
import { onClock, onComputerClock } from '#shared/clock'

export interface Activity {
  /** CSV row number (1 = first data row); null for watch files */
  row: number | null
  /** the activity type as the file names it; '' when the file does not say */
  sport: string
  isRun: boolean
  /** why it is not taken as a run, or how it was judged one when the file does not say */
  note: string | null
  /** the start as an instant (ms since 1970, UTC); null when the file has none */
  startMs: number | null
  /** minutes east of UTC of the runner's own clock, when the file says (a FIT watch's offset) */
  offsetMin: number | null
  /** the start as the runner's local day and clock time, when the file says; else from `startMs` */
  local: { date: string; time: string | null } | null
  /** how the file's clock was read, when the coach should know (times without a zone, no offset) */
  clockNote: string | null
  durationSec: number | null
  distanceM: number | null
  cadenceSpm: number | null
  elevationGainM: number | null
  surface: Surface | null
  name: string
  rpe: number | null
  /** a reason this activity cannot become a run even though it is one (no start, no duration, …) */
  problem: string | null
}

export function blankActivity(row: number | null = null): Activity {
  return {
    row,
    sport: '',
    isRun: false,
    note: null,
    startMs: null,
    offsetMin: null,
    local: null,
    clockNote: null,
    durationSec: null,
    distanceM: null,
    cadenceSpm: null,
    elevationGainM: null,
    surface: null,
    name: '',
    rpe: null,
    problem: null,
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * The activity's start as its runner's local day and time: what the file says, else its instant on the
 * file's own clock, else on this computer's clock (the rule in the README). Null without a start.
 */
export function localOf(activity: Activity): { date: string; time: string | null } | null {
  if (activity.local) return activity.local
  if (activity.startMs === null) return null
  return activity.offsetMin === null ? onComputerClock(activity.startMs) : onClock(activity.startMs, activity.offsetMin)
}

type SportKind = 'run' | 'other' | 'unstated'

// Strava numbers activity types in its GPX exports.
const STRAVA_GPX_TYPES: Record<string, string> = {
  '1': 'ride',
  '2': 'alpine ski',
  '4': 'hike',
  '9': 'run',
  '10': 'walk',
  '16': 'swim',
}

const UNSTATED = new Set(['', 'generic', 'other', 'unknown', 'all', 'workout', 'none'])

/** 'trailRunning', 'Trail Run', 'trail_running', '9' → what kind of activity the file says it is. */
export function sportKind(sport: string): SportKind {
  const name = (STRAVA_GPX_TYPES[sport.trim()] ?? sport).toLowerCase().replace(/[^a-z]/g, '')
  if (UNSTATED.has(name)) return 'unstated'
  return /run|jog/.test(name) ? 'run' : 'other'
}

export function surfaceOf(sport: string): Surface | null {
  const name = sport.toLowerCase().replace(/[^a-z]/g, '')
  if (/treadmill|indoor|virtual/.test(name)) return 'treadmill'
  if (name.includes('trail')) return 'trail'
  if (name.includes('track')) return 'track'
  if (name.includes('street') || name.includes('road')) return 'road'
  return null
}

/** Running paces, generously: slower than this is walking or a hike with stops; faster, a vehicle. */
const RUN_SPEED_MIN = 1.6 // m/s, 10:25 per km
const RUN_SPEED_MAX = 7.0 // m/s, 2:23 per km

export function paceText(speed: number): string {
  const secPerKm = Math.round(1000 / speed)
  return `${String(Math.floor(secPerKm / 60))}:${pad(secPerKm % 60)} per km`
}

/**
 * Decides whether an activity is a run from the type its file states; when the file states none (GPX
 * often does not) it judges by the average pace and says so, so the coach sees it in the preview.
 */
export function classify(activity: Activity): Activity {
  const kind = sportKind(activity.sport)
  if (kind === 'run') return { ...activity, isRun: true, surface: activity.surface ?? surfaceOf(activity.sport) }
  if (kind === 'other') {
    const label = STRAVA_GPX_TYPES[activity.sport.trim()] ?? activity.sport
    return { ...activity, isRun: false, note: `Not a run: the file says this is “${label}”.` }
  }
  const { distanceM, durationSec } = activity
  const unstated = activity.sport
    ? `The file calls this “${activity.sport}”`
    : 'The file does not say what sport this is'
  if (!distanceM || !durationSec) {
    return { ...activity, isRun: false, note: `${unstated}, and without a distance its pace cannot tell.` }
  }
  const speed = distanceM / durationSec
  if (speed >= RUN_SPEED_MIN && speed <= RUN_SPEED_MAX) {
    return { ...activity, isRun: true, note: `${unstated}; taken as a run from its pace (${paceText(speed)}).` }
  }
  return { ...activity, isRun: false, note: `${unstated}, and its pace (${paceText(speed)}) is not a running pace.` }
}
