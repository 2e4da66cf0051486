// The exercise library: built-ins from the catalogue (editable, restorable) and the coach's own.
import type { Repositories } from '../../db/repositories'
import type { ExercisesRepo, StoredExercise } from '../../db/repositories/exercises'
import type { Db } from '../../db/connection'
import { EXERCISE_FIELD_NAMES, type ExerciseFields } from '#shared/schemas/program'
import type { Exercise } from '#shared/programs'
import { AppError, must } from '../errors'
import { CATALOGUE, catalogueEntry, type CatalogueExercise } from './catalogue'

function sameAsDefault(stored: StoredExercise, entry: CatalogueExercise): boolean {
  return EXERCISE_FIELD_NAMES.every((f) => JSON.stringify(stored[f]) === JSON.stringify(entry[f]))
}

export function toExercise(stored: StoredExercise): Exercise {
  const entry = stored.key === null ? undefined : catalogueEntry(stored.key)
  return { ...stored, builtIn: entry !== undefined, edited: entry !== undefined && !sameAsDefault(stored, entry) }
}

/** Writes every built-in the database does not have yet; never touches one that is there. */
export function ensureBuiltInExercises(db: Db, repo: ExercisesRepo): number {
  let added = 0
  db.transaction(() => {
    for (const { key, ...fields } of CATALOGUE) if (repo.ensureBuiltIn(key, fields)) added++
  })()
  return added
}

export function exerciseService(repos: Repositories) {
  const repo = repos.exercises
  ensureBuiltInExercises(repos.db, repo)
  const get = (id: number, field?: string): Exercise => toExercise(must(repo.get(id), 'That exercise', field))

  return {
    list: (): Exercise[] => repo.list().map(toExercise),
    get,
    exists: (id: number) => repo.get(id) !== undefined,
    create: (fields: ExerciseFields): Exercise => get(repo.insert(fields)),
    update: (id: number, fields: ExerciseFields): Exercise => {
      get(id)
      repo.update(id, fields)
      return get(id)
    },
    restoreDefaults: (id: number): Exercise => {
      const current = get(id)
      const entry = current.key === null ? undefined : catalogueEntry(current.key)
      if (!entry) throw new AppError('conflict', 'Only built-in exercises have defaults to restore.')
      const { key: _key, ...defaults } = entry
      repo.update(id, defaults)
      return get(id)
    },
    delete: (id: number) => {
      const current = get(id)
      if (current.builtIn)
        throw new AppError('conflict', 'Built-in exercises stay in the library. Restore their defaults instead.')
      repo.remove(id)
      return { id }
    },
  }
}

export type ExerciseService = ReturnType<typeof exerciseService>
