// "Propose a program": a pure function of the athlete, their latest assessment and their recent pain
// reports. It starts from a general back-care program and lets each rule of proposal/rules.ts change it
// the way domain.md says, writing down why and from which source (the builder shows the reasons; the
// coach edits the draft). A runner with an open referral never gets here: the service shows the
// referral instead (referral first).
//
// The base program follows the sources: dynamic moves with reps before the run (seeds 001, 004), held
// stretches and foam rolling after it, strength on 2 days a week and hamstring stretching every day.
import { addDays } from '#shared/dates'
import { defaultRunDays } from '#shared/programSchedule'
import type { Exercise, ProgramItem, Rationale } from '#shared/programs'
import type { Assessment, PainReport } from '#shared/types'
import { createDraft, type Draft } from './proposal/draft'
import { applyRules } from './proposal/rules'

export { WEAK_PLANK_SEC } from './proposal/rules'
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

function base(d: Draft) {
  for (const key of ['nerve-glide', 'hip-rotations', 'side-bend']) d.put(key, 'warmup')
  d.put('ankle-calf', 'warmup', { sets: 1 })
  d.put('plank', 'strength', { holdStep: 5 })
  d.put('glute-bridge', 'strength', { repsStep: 1 })
  d.put('bird-dog', 'strength', { repsStep: 1 })
  d.put('hamstring-stretch', 'mobility')
  for (const key of ['hamstring-stretch', 'hip-flexor-stretch', 'figure-four']) d.put(key, 'cooldown', { sets: 1 })
  d.put('foam-roll', 'cooldown')
}

export function proposeProgram(input: ProposalInput): Proposal {
  const d = createDraft(input.exercises)
  base(d)
  const since = addDays(input.today, -PAIN_WINDOW_DAYS)
  const recent = input.pain.filter((p) => p.date > since && p.date <= input.today)
  const rationale = applyRules(d, { assessment: input.assessment, recent, since })
  return {
    title: 'Back-care strength and mobility',
    goal: input.athlete.goal || 'Run regularly without back pain',
    weeks: 6,
    runDays: defaultRunDays(input.athlete.runDaysPerWeek),
    ...d.settings,
    items: d.items(),
    rationale,
  }
}
