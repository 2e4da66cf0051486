import type { Repositories } from '../../db/repositories'
import type { AthleteFields } from '#shared/schemas/athlete'
import type { Athlete } from '#shared/types'
import { must } from '../errors'

export function athleteService(repos: Repositories) {
  const { db, athletes, groups } = repos
  const get = (id: number): Athlete => must(athletes.get(id), 'That athlete')
  // Wrapped in plain functions below: better-sqlite3's Transaction type cannot be named in declarations.
  const create = db.transaction((fields: AthleteFields): Athlete => {
    const id = athletes.insert(fields)
    groups.setForAthlete(id, fields.groups)
    return get(id)
  })
  const update = db.transaction((id: number, fields: AthleteFields): Athlete => {
    get(id)
    athletes.update(id, fields)
    groups.setForAthlete(id, fields.groups)
    return get(id)
  })

  return {
    list: (includeArchived: boolean) => athletes.list(includeArchived),
    get,
    create: (fields: AthleteFields): Athlete => create(fields),
    update: (id: number, fields: AthleteFields): Athlete => update(id, fields),
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
