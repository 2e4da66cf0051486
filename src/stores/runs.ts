import { defineStore } from 'pinia'
import { api, unwrap } from '../api/client'
import type { RunFieldsInput } from '#shared/schemas/run'
import type { Run } from '#shared/types'
import { newestFirst, updateOf, useRecordList } from './recordList'
import { useShoesStore } from './shoes'

export const useRunsStore = defineStore('runs', () => {
  const list = useRecordList<Run>(
    (athleteId) => api.runs.list({ athleteId }),
    newestFirst((r) => `${r.date} ${r.startTime ?? ''}`),
  )

  // A run changes its shoe's distance used; the shoe list is refreshed from the server's figures.
  function shoesChanged(athleteId: number) {
    void useShoesStore().refresh(athleteId)
  }

  async function create(fields: RunFieldsInput): Promise<Run> {
    const run = unwrap(await api.runs.create(fields))
    list.put(run)
    shoesChanged(run.athleteId)
    return run
  }

  async function update(id: number, fields: RunFieldsInput): Promise<Run> {
    const run = unwrap(await api.runs.update(updateOf(id, fields)))
    list.put(run)
    shoesChanged(run.athleteId)
    return run
  }

  /** Soft delete: the run can come back with `restore`. */
  async function remove(run: Run): Promise<void> {
    unwrap(await api.runs.delete({ id: run.id }))
    list.drop(run.id)
    shoesChanged(run.athleteId)
  }

  async function restore(id: number): Promise<Run> {
    const run = unwrap(await api.runs.restore({ id }))
    list.put(run)
    shoesChanged(run.athleteId)
    return run
  }

  return { ...list, create, update, remove, restore }
})
