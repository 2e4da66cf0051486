import type { Repositories } from '../../db/repositories'
import type { RunOrigin } from '../../db/repositories/runs'
import type { RunFields } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import type { AthleteService } from '../athletes/service'
import { AppError, must } from '../errors'

const MANUAL: RunOrigin = { source: 'manual', sourceFile: null, fingerprint: null }

export function runService(repos: Repositories, athletes: AthleteService) {
  const { runs, shoes } = repos

  const get = (id: number): Run => {
    const found = must(runs.get(id), 'That run')
    if (found.deleted) throw new AppError('not_found', 'That run was deleted.')
    return found.run
  }

  const checkShoe = (athleteId: number, shoeId: number | null) => {
    if (shoeId === null) return
    const shoe = must(shoes.get(shoeId), 'That shoe', 'shoeId')
    if (shoe.athleteId !== athleteId) throw new AppError('invalid', 'That shoe belongs to another athlete.', 'shoeId')
  }

  return {
    list: (athleteId: number) => {
      athletes.require(athleteId)
      return runs.list(athleteId)
    },
    create: (fields: RunFields, origin: RunOrigin = MANUAL): Run => {
      athletes.require(fields.athleteId)
      checkShoe(fields.athleteId, fields.shoeId)
      return get(runs.insert(fields, origin))
    },
    update: (id: number, fields: Omit<RunFields, 'athleteId'>): Run => {
      const current = get(id)
      checkShoe(current.athleteId, fields.shoeId)
      runs.update(id, fields, current.utcOffsetMin)
      return get(id)
    },
    delete: (id: number) => {
      get(id)
      runs.softDelete(id)
      return { id }
    },
    restore: (id: number): Run => {
      const found = must(runs.get(id), 'That run')
      if (found.deleted) runs.restore(id)
      return get(id)
    },
  }
}

export type RunService = ReturnType<typeof runService>
