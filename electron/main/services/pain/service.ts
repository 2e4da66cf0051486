import type { Repositories } from '../../db/repositories'
import type { PainFields } from '#shared/schemas/pain'
import type { PainReport } from '#shared/types'
import type { AthleteService } from '../athletes/service'
import { AppError, must } from '../errors'

export function painService(repos: Repositories, athletes: AthleteService) {
  const { pain, runs } = repos

  const get = (id: number): PainReport => {
    const found = must(pain.get(id), 'That pain report')
    if (found.deleted) throw new AppError('not_found', 'That pain report was deleted.')
    return found.report
  }

  const checkRun = (athleteId: number, runId: number | null) => {
    if (runId === null) return
    const found = must(runs.get(runId), 'That run', 'runId')
    if (found.deleted || found.run.athleteId !== athleteId)
      throw new AppError('invalid', 'Link the report to one of this athlete’s runs.', 'runId')
  }

  return {
    list: (athleteId: number) => {
      athletes.require(athleteId)
      return pain.list(athleteId)
    },
    report: (fields: PainFields): PainReport => {
      athletes.require(fields.athleteId)
      checkRun(fields.athleteId, fields.runId)
      return get(pain.insert(fields))
    },
    update: (id: number, fields: Omit<PainFields, 'athleteId'>): PainReport => {
      const current = get(id)
      // A link the coach did not touch stays valid even if that run was deleted since.
      if (fields.runId !== current.runId) checkRun(current.athleteId, fields.runId)
      pain.update(id, fields)
      return get(id)
    },
    delete: (id: number) => {
      get(id)
      pain.softDelete(id)
      return { id }
    },
    restore: (id: number): PainReport => {
      const found = must(pain.get(id), 'That pain report')
      if (found.deleted) pain.restore(id)
      return get(id)
    },
  }
}
