// "Propose a program": a pure function of the athlete, their latest assessment and their recent pain
// reports. It starts from a general back-care program and lets each finding change it the way
// domain.md says, writing down why (the builder shows the reasons; the coach edits the draft).
//
//   tight hamstrings            → more hamstring work, stretching twice a day
//   weak plank (< 60 s)         → core progression: shorter start, +5 s a week, curl-ups, 3 sessions a week
//   one side tighter            → that side first, and longer, also in the warm-up
//   wall gap more than a hand   → core and hip-flexor work, and a suggested medical check
//   one-sided low-back pain     → glute and side-plank work
//
// 60 s is the top of the plank range in domain.md (20–60 s): a runner who cannot yet hold it gets the
// progression. "Recent" pain is the last 28 days, the window the guidance rules use for a programme.
import type { SessionKind } from '#shared/enums'
import { addDays } from '#shared/dates'
import { defaultRunDays } from '#shared/programSchedule'
import { SESSION_ORDER, type Exercise, type ProgramItem, type Rationale } from '#shared/programs'
import type { Assessment, PainReport } from '#shared/types'
import { itemFrom, type ItemOverrides } from './templates'
import { countOf, formatDate } from '#shared/text'

export const WEAK_PLANK_SEC = 60
export const PAIN_WINDOW_DAYS = 28

export interface ProposalInput {
  athlete: { name: string; goal: string; runDaysPerWeek: number }
  assessment: Assessment | null
  pain: readonly PainReport[]
  today: string
  /** the library by built-in key */
  exercises: ReadonlyMap<string, Exercise>
}

export interface Proposal {
  title: string
  goal: string
  weeks: number
  runDays: number[]
  strengthPerWeek: number
  mobilityPerDay: number
  items: ProgramItem[]
  rationale: Rationale[]
}

type Side = 'left' | 'right'

/** A proposal under construction: items keyed by session and exercise key, in the order added. */
function draft(exercises: ReadonlyMap<string, Exercise>) {
  const items = new Map<string, ProgramItem>()
  return {
    /** Adds the exercise to the session, or changes it when it is already there. */
    put(key: string, session: SessionKind, overrides: ItemOverrides = {}) {
      const id = `${session}:${key}`
      const existing = items.get(id)
      if (existing) return void items.set(id, { ...existing, ...overrides })
      const exercise = exercises.get(key)
      if (exercise) items.set(id, itemFrom(exercise, session, overrides))
    },
    has: (key: string, session: SessionKind) => items.has(`${session}:${key}`),
    /** Changes every session's copy of the exercise. */
    everywhere(key: string, overrides: ItemOverrides) {
      for (const [id, item] of items) if (id.endsWith(`:${key}`)) items.set(id, { ...item, ...overrides })
    },
    items: () =>
      [...items.values()].sort((a, b) => SESSION_ORDER.indexOf(a.session) - SESSION_ORDER.indexOf(b.session)),
    entries: () => [...items.entries()],
    set: (id: string, item: ProgramItem) => items.set(id, item),
  }
}

function base(d: ReturnType<typeof draft>) {
  for (const key of ['nerve-glide', 'hip-rotations', 'side-bend']) d.put(key, 'warmup')
  d.put('ankle-calf', 'warmup', { sets: 1 })
  d.put('plank', 'strength', { holdStep: 5 })
  d.put('glute-bridge', 'strength', { repsStep: 1 })
  d.put('bird-dog', 'strength', { repsStep: 1 })
  d.put('hamstring-stretch', 'mobility')
  for (const key of ['hamstring-stretch', 'hip-flexor-stretch', 'figure-four']) d.put(key, 'cooldown', { sets: 1 })
  d.put('foam-roll', 'cooldown')
}

const sideName = (side: Side) => (side === 'left' ? 'left' : 'right')
const tightSides = (left: string | null, right: string | null): Side[] =>
  [left === 'tight' ? ('left' as const) : null, right === 'tight' ? ('right' as const) : null].filter(
    (s): s is Side => s !== null,
  )
/** The tight side when exactly one side was tested tight and the other normal. */
const oneSideTighter = (left: string | null, right: string | null): Side | null =>
  left === 'tight' && right === 'normal' ? 'left' : right === 'tight' && left === 'normal' ? 'right' : null
const describeSides = (sides: Side[]) =>
  sides.length === 2 ? 'on both sides' : `on the ${sideName(sides[0] ?? 'left')}`
const round5 = (n: number) => Math.round(n / 5) * 5

export function proposeProgram(input: ProposalInput): Proposal {
  const d = draft(input.exercises)
  const why: Rationale[] = []
  const a = input.assessment
  const since = addDays(input.today, -PAIN_WINDOW_DAYS)
  const recent = input.pain.filter((p) => p.date > since && p.date <= input.today)
  let mobilityPerDay = 1
  let strengthPerWeek = 2
  base(d)

  if (!a)
    why.push({
      finding: 'No assessment on record',
      change: 'A general starting program. Record an assessment (hamstrings, plank, wall test) to tailor it.',
    })

  const hamstrings = a ? tightSides(a.hamstringLeft, a.hamstringRight) : []
  if (a && hamstrings.length) {
    mobilityPerDay = 2
    d.put('hamstring-stretch', 'mobility', { sets: 3, holdSec: 45 })
    d.put('nerve-glide', 'mobility')
    why.push({
      finding: `Hamstrings tight ${describeSides(hamstrings)} (assessment of ${formatDate(a.date)})`,
      change: 'More hamstring work: the stretch twice a day, 3 × 45 s, plus the toe-touch nerve glide.',
    })
  } else if (recent.some((p) => p.score > 0)) {
    mobilityPerDay = 2
    why.push({
      finding: `Back pain reported in the last ${String(PAIN_WINDOW_DAYS)} days`,
      change: 'Hamstring stretching twice a day while the back is sore.',
    })
  }

  if (a?.plankSec !== null && a?.plankSec !== undefined && a.plankSec < WEAK_PLANK_SEC) {
    const start = Math.min(45, Math.max(10, round5((a.plankSec * 2) / 3)))
    strengthPerWeek = 3
    d.put('plank', 'strength', { sets: 3, holdSec: start, holdStep: 5 })
    d.put('curl-up', 'strength', { repsStep: 1 })
    why.push({
      finding: `Front plank held ${String(a.plankSec)} s (under ${String(WEAK_PLANK_SEC)} s)`,
      change: `Core progression: plank from ${String(start)} s, 5 s more each week; curl-ups added; strength 3 times a week.`,
    })
  }

  if (a) {
    const hamSide = oneSideTighter(a.hamstringLeft, a.hamstringRight)
    const hipSide = oneSideTighter(a.hipFlexorLeft, a.hipFlexorRight)
    const apply = (key: string, side: Side, what: string) => {
      d.everywhere(key, { sides: `${side}_first`, note: `${sideName(side)} side first, and 15 s longer` })
      d.put(key, 'warmup', { sets: 1, sides: `${side}_first`, note: `${sideName(side)} side first, and 15 s longer` })
      why.push({
        finding: `${what} tighter on the ${sideName(side)}`,
        change: `The ${sideName(side)} side goes first and stays longer, in the warm-up too.`,
      })
    }
    if (hamSide) apply('hamstring-stretch', hamSide, 'Hamstrings')
    if (hipSide) {
      d.put('hip-flexor-stretch', 'mobility')
      apply('hip-flexor-stretch', hipSide, 'Hip flexors')
    }
    const warmupSide = hamSide ?? hipSide
    if (warmupSide)
      for (const [id, item] of d.entries())
        if (item.session === 'warmup' && item.sides === 'each') d.set(id, { ...item, sides: `${warmupSide}_first` })
  }

  if (a?.wallGap === 'more_than_hand') {
    strengthPerWeek = 3
    d.put('curl-up', 'strength', { repsStep: 1 })
    d.put('hip-flexor-stretch', 'mobility')
    why.push({
      finding: `Wall test: more than a hand’s width behind the lower back (${formatDate(a.date)})`,
      change: 'Core work (curl-ups, bird-dog, plank) 3 times a week and the hip-flexor stretch every day.',
    })
    why.push({
      finding: 'A large wall-test gap can mean an increased curve of the lower back',
      change: 'Suggest a medical check to the runner; the program does not replace one.',
      warning: true,
    })
  }

  const sided = [
    ...new Set(recent.filter((p) => p.location === 'left' || p.location === 'right').map((p) => p.location)),
  ]
  if (sided.length) {
    d.put('glute-bridge', 'strength', { sets: 3 })
    d.put('clamshell', 'strength', { repsStep: 1 })
    d.put('side-plank', 'strength', { holdStep: 5 })
    const count = recent.filter((p) => p.location === 'left' || p.location === 'right').length
    why.push({
      finding: `Low-back pain on the ${sided.join(' and ')} side in ${countOf(count, 'report')} since ${formatDate(since)}`,
      change: 'Glute and side work: side planks and clamshells added, glute bridge up to 3 sets.',
    })
  }

  for (const p of recent.filter((r) => r.redFlags.length > 0).slice(-1))
    why.unshift({
      finding: `Red flag reported on ${formatDate(p.date)}`,
      change: 'Refer the runner to a doctor before starting this program.',
      warning: true,
    })
  for (const p of recent.filter((r) => r.location === 'below_knee').slice(-1))
    why.unshift({
      finding: `Pain below the knee on ${formatDate(p.date)}`,
      change: 'Pain spreading into the leg: refer to a doctor or physiotherapist before starting.',
      warning: true,
    })

  return {
    title: 'Back-care strength and mobility',
    goal: input.athlete.goal || 'Run regularly without back pain',
    weeks: 6,
    runDays: defaultRunDays(input.athlete.runDaysPerWeek),
    strengthPerWeek,
    mobilityPerDay,
    items: d.items(),
    rationale: why,
  }
}
