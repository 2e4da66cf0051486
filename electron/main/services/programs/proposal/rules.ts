// The proposal as a list of small rules, like the guidance rules: each reads the athlete's latest
// assessment and recent pain, says what it found, changes the draft, and names its reason and source.
// They run in this order; a later rule may build on an earlier one (the one-side rules on the stretches
// the base program and the tight-hamstring rule put in).
import { SOURCES, type SourceKey } from '#shared/sources'
import type { Rationale } from '#shared/programs'
import type { Assessment, PainReport } from '#shared/types'
import type { Draft } from './draft'
import { countOf, formatDate } from '#shared/text'

/** 60 s is the top of the plank range (20–60 s): a runner who cannot hold it yet gets the progression. */
export const WEAK_PLANK_SEC = 60

export interface Facts {
  assessment: Assessment | null
  /** pain reports of the last 28 days, oldest first */
  recent: readonly PainReport[]
  /** the first day of that window */
  since: string
}

export interface ProposalRule {
  id: string
  sources: readonly SourceKey[]
  /** what the data showed, in the coach's words; null when the rule has nothing to do */
  finding(f: Facts): string | null
  /** changes the draft and says how */
  apply(d: Draft, f: Facts): string
  /** a caution for the coach rather than a change (a medical check) */
  warning?: boolean
}

type Side = 'left' | 'right'

const tightSides = (left: string | null, right: string | null): Side[] =>
  [left === 'tight' ? ('left' as const) : null, right === 'tight' ? ('right' as const) : null].filter(
    (s): s is Side => s !== null,
  )
/** The tight side when exactly one side was tested tight and the other normal. */
export const oneSideTighter = (left: string | null, right: string | null): Side | null =>
  left === 'tight' && right === 'normal' ? 'left' : right === 'tight' && left === 'normal' ? 'right' : null
const round5 = (n: number) => Math.round(n / 5) * 5
const sidedPain = (f: Facts) => f.recent.filter((p) => p.location === 'left' || p.location === 'right')
const hamstringsTight = (a: Assessment | null) => (a ? tightSides(a.hamstringLeft, a.hamstringRight) : [])

/** The stretch of one tighter side: that side first and longer, where stretches are held (never before a run). */
function tighterSide(key: string, what: string, pick: (a: Assessment) => Side | null): ProposalRule {
  return {
    id: `${key}-one-side`,
    sources: ['seed-002', 'seed-004'],
    finding: (f) => {
      const side = f.assessment ? pick(f.assessment) : null
      return side ? `${what} tighter on the ${side}` : null
    },
    apply(d, f) {
      const side = (f.assessment && pick(f.assessment)) ?? 'left'
      if (key === 'hip-flexor-stretch') d.put(key, 'mobility')
      d.everywhere(key, { sides: `${side}_first`, note: `${side} side first, and 15 s longer` })
      return (
        `The ${side} side goes first and stays 15 s longer in the held stretches after runs and each day. The ` +
        'warm-up stays dynamic: held stretches come after the run, not before it.'
      )
    },
  }
}

export const PROPOSAL_RULES: readonly ProposalRule[] = [
  {
    id: 'no-assessment',
    sources: ['backstride'],
    finding: (f) => (f.assessment ? null : 'No assessment on record'),
    apply: () => 'A general starting program. Record an assessment (hamstrings, plank, wall test) to tailor it.',
  },
  {
    id: 'tight-hamstrings',
    sources: ['seed-001', 'seed-002'],
    finding(f) {
      const sides = hamstringsTight(f.assessment)
      if (!f.assessment || !sides.length) return null
      const where = sides.length === 2 ? 'on both sides' : `on the ${sides[0] ?? 'left'}`
      return `Hamstrings tight ${where} (assessment of ${formatDate(f.assessment.date)})`
    },
    apply(d) {
      d.settings.mobilityPerDay = 2
      d.put('hamstring-stretch', 'mobility', { sets: 3, holdSec: 45 })
      d.put('nerve-glide', 'mobility')
      return 'More hamstring work: the stretch twice a day, 3 × 45 s, plus the toe-touch nerve glide.'
    },
  },
  {
    id: 'pain-present',
    sources: ['seed-001', 'seed-002'],
    finding: (f) =>
      !hamstringsTight(f.assessment).length && f.recent.some((p) => p.score > 0)
        ? `Back pain reported since ${formatDate(f.since)}`
        : null,
    apply(d) {
      d.settings.mobilityPerDay = 2
      return 'Hamstring stretching twice a day while the back is sore.'
    },
  },
  {
    id: 'weak-plank',
    sources: ['seed-004', 'seed-000'],
    finding: (f) => {
      const sec = f.assessment?.plankSec
      return sec !== null && sec !== undefined && sec < WEAK_PLANK_SEC
        ? `Front plank held ${String(sec)} s (under ${String(WEAK_PLANK_SEC)} s)`
        : null
    },
    apply(d, f) {
      const start = Math.min(45, Math.max(10, round5(((f.assessment?.plankSec ?? 0) * 2) / 3)))
      d.settings.strengthPerWeek = 3
      d.put('plank', 'strength', { sets: 3, holdSec: start, holdStep: 5 })
      d.put('curl-up', 'strength', { repsStep: 1 })
      return `Core progression: plank from ${String(start)} s, 5 s more each week up to 60 s; curl-ups added; strength 3 times a week.`
    },
  },
  tighterSide('hamstring-stretch', 'Hamstrings', (a) => oneSideTighter(a.hamstringLeft, a.hamstringRight)),
  tighterSide('hip-flexor-stretch', 'Hip flexors', (a) => oneSideTighter(a.hipFlexorLeft, a.hipFlexorRight)),
  {
    id: 'wall-gap',
    sources: ['seed-001'],
    finding: (f) =>
      f.assessment?.wallGap === 'more_than_hand'
        ? `Wall test: more than a hand’s width behind the lower back (${formatDate(f.assessment.date)})`
        : null,
    apply(d) {
      d.settings.strengthPerWeek = 3
      d.put('curl-up', 'strength', { repsStep: 1 })
      d.put('hip-flexor-stretch', 'mobility')
      return 'Core work (curl-ups, bird-dog, plank) 3 times a week and the hip-flexor stretch every day.'
    },
  },
  {
    id: 'wall-gap-check',
    sources: ['seed-001'],
    warning: true,
    finding: (f) =>
      f.assessment?.wallGap === 'more_than_hand'
        ? 'A large wall-test gap can mean an increased curve of the lower back'
        : null,
    apply: () => 'Suggest a medical check to the runner; the program does not replace one.',
  },
  {
    id: 'one-sided-pain',
    sources: ['seed-002', 'seed-004'],
    finding(f) {
      const sided = sidedPain(f)
      if (!sided.length) return null
      const sides = [...new Set(sided.map((p) => p.location))]
      return `Low-back pain on the ${sides.join(' and ')} side in ${countOf(sided.length, 'report')} since ${formatDate(f.since)}`
    },
    apply(d) {
      d.put('glute-bridge', 'strength', { sets: 3 })
      d.put('clamshell', 'strength', { repsStep: 1 })
      d.put('side-plank', 'strength', { holdStep: 5 })
      return 'Glute and side work: side planks and clamshells added, glute bridge up to 3 sets.'
    },
  },
]

/** Runs every rule on the draft; the reasons, cautions first, each with its sources as a reader cites them. */
export function applyRules(d: Draft, f: Facts, rules: readonly ProposalRule[] = PROPOSAL_RULES): Rationale[] {
  const out: Rationale[] = []
  for (const rule of rules) {
    const finding = rule.finding(f)
    if (finding === null) continue
    out.push({
      finding,
      change: rule.apply(d, f),
      sources: rule.sources.map((key) => SOURCES[key].citation),
      ...(rule.warning ? { warning: true } : {}),
    })
  }
  return [...out.filter((r) => r.warning), ...out.filter((r) => !r.warning)]
}
