// Assessments, shoes and strength sessions: records kept per athlete with no logic beyond ownership.
import type { Repositories } from '../../db/repositories'
import type { AssessmentFields } from '#shared/schemas/assessment'
import type { SessionFields } from '#shared/schemas/session'
import type { ShoeFields } from '#shared/schemas/shoe'
import type { AthleteService } from '../athletes/service'
import { must } from '../errors'

interface PerAthleteRepo<T, F> {
  list(athleteId: number): T[]
  get(id: number): T | undefined
  insert(fields: F): number
  remove(id: number): boolean
}

/** list / create / delete for a table whose rows belong to one athlete. */
function perAthlete<T, F extends { athleteId: number }>(
  repo: PerAthleteRepo<T, F>,
  athletes: AthleteService,
  what: string,
) {
  const get = (id: number): T => must(repo.get(id), what)
  return {
    get,
    list: (athleteId: number): T[] => {
      athletes.require(athleteId)
      return repo.list(athleteId)
    },
    create: (fields: F): T => {
      athletes.require(fields.athleteId)
      return get(repo.insert(fields))
    },
    delete: (id: number) => {
      get(id)
      repo.remove(id)
      return { id }
    },
  }
}

export function assessmentService(repos: Repositories, athletes: AthleteService) {
  const base = perAthlete(repos.assessments, athletes, 'That assessment')
  return {
    ...base,
    update: (id: number, fields: Omit<AssessmentFields, 'athleteId'>) => {
      base.get(id)
      repos.assessments.update(id, fields)
      return base.get(id)
    },
  }
}

export function shoeService(repos: Repositories, athletes: AthleteService) {
  // Deleting a shoe keeps its runs; only their link to the shoe goes (ON DELETE SET NULL).
  const base = perAthlete(repos.shoes, athletes, 'That shoe')
  return {
    ...base,
    update: (id: number, fields: Omit<ShoeFields, 'athleteId'>) => {
      base.get(id)
      repos.shoes.update(id, fields)
      return base.get(id)
    },
  }
}

export function sessionService(repos: Repositories, athletes: AthleteService) {
  return perAthlete<ReturnType<Repositories['sessions']['list']>[number], SessionFields>(
    repos.sessions,
    athletes,
    'That session',
  )
}
