import type { Repositories } from '../db/repositories'
import type { AthleteFields } from '../../../src/shared/schemas/athlete'
import type { Athlete } from '../../../src/shared/types'
import { must } from './errors'

export function athleteService(repos: Repositories) {
  const { db, athletes, groups } = repos
  const get = (id: number): Athlete => must(athletes.get(id), 'That athlete')

  return {
    list: (includeArchived: boolean) => athletes.list(includeArchived),
    get,
    create: db.transaction((fields: AthleteFields): Athlete => {
      const id = athletes.insert(fields)
      groups.setForAthlete(id, fields.groups)
      return get(id)
    }),
    update: db.transaction((id: number, fields: AthleteFields): Athlete => {
      get(id)
      athletes.update(id, fields)
      groups.setForAthlete(id, fields.groups)
      return get(id)
    }),
    archive: (id: number): Athlete => {
      get(id)
      athletes.archive(id)
      return get(id)
    },
    restore: (id: number): Athlete => {
      get(id)
      athletes.restore(id)
      return get(id)
    },
    /** Throws a not-found error naming the field when the athlete does not exist. */
    require: (id: number, field = 'athleteId'): Athlete => must(athletes.get(id), 'That athlete', field),
  }
}

export type AthleteService = ReturnType<typeof athleteService>
