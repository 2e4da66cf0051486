// Shared by the guidance tests (never imported by the app): a real back end on a fresh SQLite file, one
// athlete, and short ways to write the records each rule reads through the same calls the renderer uses.
import type { Backend } from '../electron/main/backend'
import type { MethodInput } from '#shared/contract'
import type { Alert, RuleId } from '#shared/guidance'
import type { Program } from '#shared/programs'
import { planOf, sessionDate } from '../electron/main/services/programs/adherence'
import { call, tempBackend } from './support'
import { addDays } from '../electron/main/services/analytics/days'
import { guidanceService, type GuidanceService } from '../electron/main/services/guidance'

/** A Wednesday; its ISO week starts on Monday 2026-03-23. */
export const TODAY = '2026-03-25'

/** TODAY shifted by `offset` days (negative = earlier). */
export const day = (offset: number) => addDays(TODAY, offset)

type RunInput = Omit<MethodInput<'runs.create'>, 'athleteId' | 'date' | 'durationMin'> & { durationMin?: number }
type PainInput = Omit<MethodInput<'pain.report'>, 'athleteId' | 'date' | 'score' | 'timing'> & {
  timing?: MethodInput<'pain.report'>['timing']
}
type AssessmentInput = Omit<MethodInput<'assessments.create'>, 'athleteId' | 'date'>
type ShoeInput = Omit<MethodInput<'shoes.create'>, 'athleteId' | 'startDate' | 'name'> & { startDate?: string }

export interface Scenario {
  backend: Backend
  athleteId: number
  guidance: GuidanceService
  run(date: string, fields?: RunInput): Promise<number>
  pain(date: string, score: number, fields?: PainInput): Promise<number>
  assessment(date: string, fields: AssessmentInput): Promise<number>
  shoe(name: string, fields?: ShoeInput): Promise<number>
  session(date: string, kind?: 'strength' | 'mobility'): Promise<number>
  /** alerts of one rule for the athlete on `today` (TODAY by default) */
  alerts(ruleId: RuleId, today?: string): Alert[]
}

export async function scenario(name = 'Ada Lovelace'): Promise<Scenario> {
  const backend = await tempBackend()
  const athlete = await call(backend, 'athletes.create', { name })
  const athleteId = athlete.id
  const guidance = guidanceService(backend.repos)
  return {
    backend,
    athleteId,
    guidance,
    run: async (date, fields = {}) =>
      (await call(backend, 'runs.create', { durationMin: 30, ...fields, athleteId, date })).id,
    pain: async (date, score, fields = {}) =>
      (await call(backend, 'pain.report', { timing: 'after', ...fields, athleteId, date, score })).id,
    assessment: async (date, fields) => (await call(backend, 'assessments.create', { ...fields, athleteId, date })).id,
    shoe: async (shoeName, fields = {}) =>
      (await call(backend, 'shoes.create', { startDate: day(-200), ...fields, athleteId, name: shoeName })).id,
    session: async (date, kind = 'strength') => (await call(backend, 'sessions.create', { athleteId, date, kind })).id,
    alerts: (ruleId, today = TODAY) => guidance.alertsFor(athleteId, today).filter((a) => a.ruleId === ruleId),
  }
}

/** The only alert in a list; fails the test with the list when there is not exactly one. */
export function only(alerts: Alert[]): Alert {
  if (alerts.length !== 1) throw new Error(`expected exactly one alert, got ${JSON.stringify(alerts, null, 2)}`)
  return alerts[0] as Alert
}

export const sourceKeys = (alert: Alert) => alert.sources.map((s) => s.key)

/** A program from the core-stability template (strength work), starting on the Monday `start`. */
export async function activeProgram(
  s: Scenario,
  start: string,
  status: 'draft' | 'active' = 'active',
): Promise<Program> {
  const program = await call(s.backend, 'programs.create', {
    athleteId: s.athleteId,
    templateKey: 'core-stability',
    startDate: start,
  })
  return setStatus(s, program, status)
}

export async function setStatus(s: Scenario, program: Program, status: Program['status']): Promise<Program> {
  const { id, items, title, startDate, weeks, goal, coachName, coachNotes, runDays, strengthPerWeek, mobilityPerDay } =
    program
  return call(s.backend, 'programs.update', {
    id,
    items,
    title,
    startDate,
    weeks,
    goal,
    coachName,
    coachNotes,
    runDays,
    strengthPerWeek,
    mobilityPerDay,
    status,
  })
}

/** Ticks the first strength session of program week `week` that falls between `from` and `to`; its date. */
export async function tickStrength(s: Scenario, program: Program, week: number, from: string, to: string) {
  const session = planOf(program)
    .days.flatMap((d) => d.sessions)
    .find((x) => {
      const date = sessionDate(program.startDate, week, x.day)
      return x.kind === 'strength' && date >= from && date <= to
    })
  if (!session) throw new Error('No strength session in that window')
  await call(s.backend, 'programs.tick', { programId: program.id, week, sessionKey: session.key, done: true })
  return sessionDate(program.startDate, week, session.day)
}
