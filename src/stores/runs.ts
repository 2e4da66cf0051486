import { defineStore } from 'pinia'
import { api, unwrap } from '../api/client'
import type { RunFieldsInput } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import { newestFirst, updateOf, useRecordList } from './recordList'

export const useRunsStore = defineStore('runs', () => {
  const list = useRecordList<Run>(
    (athleteId) => api.runs.list({ athleteId }),
    newestFirst((r) => `${r.date} ${r.startTime ?? ''}`),
    // a deleted shoe is no longer named by its runs
    ['runs', 'shoes'],
  )

  async function create(fields: RunFieldsInput): Promise<Run> {
    const run = unwrap(await api.runs.create(fields))
    list.put(run)
    return run
  }

  async function update(id: number, fields: RunFieldsInput): Promise<Run> {
    const run = unwrap(await api.runs.update(updateOf(id, fields)))
    list.put(run)
    return run
  }

  /** Soft delete: the run can come back with `restore`. */
  async function remove(run: Run): Promise<void> {
    unwrap(await api.runs.delete({ id: run.id }))
    list.drop(run.id)
  }

  async function restore(id: number): Promise<Run> {
    const run = unwrap(await api.runs.restore({ id }))
    list.put(run)
    return run
  }

  return { ...list, create, update, remove, restore }
})
