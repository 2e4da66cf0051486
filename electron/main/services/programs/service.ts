// Programs: create (empty, from a template or proposed from the athlete's data), edit as a whole,
// print data for one athlete or a group, and the ticks the coach enters back from the sheet.
import type { Repositories } from '../../db/repositories'
import { addDays, isoWeekday, localIsoDate } from '#shared/dates'
import { defaultRunDays } from '#shared/programSchedule'
import type {
  Exercise,
  GroupSheets,
  Program,
  ProgramAdherence,
  ProgramSheet,
  ProgramSummary,
  ProgramTemplate,
} from '#shared/programs'
import type { ProgramSettingsFields, ProgramUpdate } from '#shared/schemas/program'
import type { AthleteService } from '../athletes/service'
import { AppError, must } from '../errors'
import { COACH_NAME_KEY, COACH_PHONE_KEY } from '../settings/service'
import type { ExerciseService } from '../exercises'
import { REFERRAL_LEVELS } from '#shared/guidance'
import { safetyAlerts } from '../guidance'
import { planOf, sessionDate, weeklyAdherence } from './adherence'
import { proposeProgram } from './propose'
import { resolveTemplates } from './templates'

/** The first Monday on or after `today`. */
export function nextMonday(today: string): string {
  return addDays(today, (7 - isoWeekday(today)) % 7)
}

export const endDateOf = (p: { startDate: string; weeks: number }) => addDays(p.startDate, p.weeks * 7 - 1)

interface CreateInput {
  athleteId: number
  templateKey: string | null
  startDate?: string | undefined
  today?: string | undefined
}

export function programService(repos: Repositories, athletes: AthleteService, exercises: ExerciseService) {
  const repo = repos.programs
  const get = (id: number, field?: string): Program => must(repo.get(id), 'That program', field)
  const coachName = () => repos.settings.get(COACH_NAME_KEY) ?? ''
  const byKey = () => {
    const map = new Map<string, Exercise>()
    for (const e of exercises.list()) if (e.key) map.set(e.key, e)
    return map
  }
  const templates = (): ProgramTemplate[] => resolveTemplates(byKey())
  const adherenceOf = (program: Program): ProgramAdherence => {
    const ticks = repo.ticks(program.id)
    return {
      programId: program.id,
      title: program.title,
      status: program.status,
      weeks: weeklyAdherence(program, ticks),
      ticks,
    }
  }
  const sheetOf = (program: Program, today = localIsoDate(new Date())): ProgramSheet => {
    const athlete = athletes.require(program.athleteId)
    const ids = [...new Set(program.items.map((i) => i.exerciseId))]
    return {
      program,
      athlete: { id: athlete.id, name: athlete.name, goal: athlete.goal },
      safety: {
        coachName: program.coachName || coachName(),
        coachPhone: repos.settings.get(COACH_PHONE_KEY) ?? '',
        notices: safetyAlerts(repos, athlete.id, today).map((a) => ({
          kind: a.level === 'refer_today' || a.level === 'refer' ? a.level : 'medical_check',
          title: a.title,
          date: a.evidence.reduce<string | null>((d, e) => (e.date && (!d || e.date > d) ? e.date : d), null),
        })),
      },
      exercises: exercises.list().filter((e) => ids.includes(e.id)),
      endDate: endDateOf(program),
    }
  }

  const insert = repos.db.transaction(
    (athleteId: number, settings: ProgramSettingsFields, items: Program['items'], rationale: Program['rationale']) => {
      const id = repo.insert(athleteId, settings, rationale)
      repo.replaceItems(id, items)
      return id
    },
  )
  const save = repos.db.transaction((input: ProgramUpdate) => {
    const { id, items, ...settings } = input
    get(id)
    items.forEach((item, i) => {
      if (!exercises.exists(item.exerciseId))
        throw new AppError(
          'not_found',
          'An exercise in this program is no longer in the library.',
          `items.${String(i)}`,
        )
    })
    repo.updateSettings(id, settings)
    repo.replaceItems(id, items)
    repo.dropTicksAfter(id, settings.weeks)
  })

  function create(input: CreateInput): Program {
    const athlete = athletes.require(input.athleteId)
    const template = input.templateKey === null ? undefined : templates().find((t) => t.key === input.templateKey)
    if (input.templateKey !== null && !template)
      throw new AppError('invalid', 'There is no template by that name.', 'templateKey')
    const settings: ProgramSettingsFields = {
      title: template ? template.name : 'Strength and mobility',
      startDate: input.startDate ?? nextMonday(input.today ?? localIsoDate(new Date())),
      weeks: template?.weeks ?? 6,
      goal: athlete.goal,
      coachName: coachName(),
      coachNotes: '',
      status: 'draft',
      runDays: defaultRunDays(athlete.runDaysPerWeek),
      strengthPerWeek: template?.strengthPerWeek ?? 2,
      mobilityPerDay: template?.mobilityPerDay ?? 1,
    }
    const items = (template?.items ?? []).map(({ exerciseKey: _key, ...item }) => item)
    return get(insert(athlete.id, settings, items, []))
  }

  function propose(input: { athleteId: number; startDate?: string | undefined; today?: string | undefined }): Program {
    const athlete = athletes.require(input.athleteId)
    const today = input.today ?? localIsoDate(new Date())
    // Referral first: no exercise program for a runner who has yet to see a clinician.
    const referral = safetyAlerts(repos, athlete.id, today).find((a) => REFERRAL_LEVELS.includes(a.level))
    if (referral)
      throw new AppError(
        'conflict',
        `Refer first: ${referral.title}. ${referral.advice} Record “seen by a clinician, cleared to train” on the ` +
          'referral before proposing a program.',
        'athleteId',
      )
    const assessment = repos.assessments.list(athlete.id).find((a) => a.date <= today) ?? null
    const proposal = proposeProgram({
      athlete,
      assessment,
      pain: repos.pain.list(athlete.id),
      today,
      exercises: byKey(),
    })
    const { items, rationale, ...rest } = proposal
    const settings: ProgramSettingsFields = {
      ...rest,
      startDate: input.startDate ?? nextMonday(today),
      coachName: coachName(),
      coachNotes: '',
      status: 'draft',
    }
    return get(insert(athlete.id, settings, items, rationale))
  }

  return {
    templates,
    list: (athleteId: number): ProgramSummary[] => {
      athletes.require(athleteId)
      return repo.summaries(athleteId).map((r) => ({
        id: r.id,
        athleteId: r.athlete_id,
        title: r.title,
        startDate: r.start_date,
        endDate: endDateOf({ startDate: r.start_date, weeks: r.weeks }),
        weeks: r.weeks,
        status: r.status,
        itemCount: r.item_count,
        updatedAt: r.updated_at,
      }))
    },
    get,
    create,
    propose,
    update: (input: ProgramUpdate): Program => {
      save(input)
      return get(input.id)
    },
    delete: (id: number) => {
      get(id)
      repo.remove(id)
      return { id }
    },
    coachName,
    sheet: (id: number, today?: string): ProgramSheet => sheetOf(get(id, 'programId'), today),
    groupSheets: (groupId: number, today?: string): GroupSheets => {
      const group = must(repo.group(groupId), 'That group', 'groupId')
      const members = repo
        .groupAthletes(groupId)
        .sort((x, y) => x.name.localeCompare(y.name, undefined, { sensitivity: 'base' }))
      const sheets: ProgramSheet[] = []
      const missing: GroupSheets['missing'] = []
      for (const member of members) {
        const programId = repo.currentFor(member.id)
        if (programId === undefined) missing.push(member)
        else sheets.push(sheetOf(get(programId), today))
      }
      return { group, sheets, missing }
    },
    tick: (input: { programId: number; week: number; sessionKey: string; done: boolean }): ProgramAdherence => {
      const program = get(input.programId, 'programId')
      if (input.week > program.weeks)
        throw new AppError('invalid', `This program has ${String(program.weeks)} weeks.`, 'week')
      const session = planOf(program)
        .days.flatMap((d) => d.sessions)
        .find((s) => s.key === input.sessionKey)
      if (!session) throw new AppError('invalid', 'That session is not on this program’s schedule.', 'sessionKey')
      const date = sessionDate(program.startDate, input.week, session.day)
      repo.setTick(program.id, input.week, input.sessionKey, date, input.done)
      return adherenceOf(program)
    },
    adherence: (athleteId: number): ProgramAdherence[] => {
      athletes.require(athleteId)
      return repo.summaries(athleteId).map((s) => adherenceOf(get(s.id)))
    },
  }
}

export type ProgramService = ReturnType<typeof programService>
