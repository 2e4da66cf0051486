import { defineStore } from 'pinia'
import { api, unwrap } from '../api/client'
import type { PainFieldsInput } from '#shared/schemas/pain'
import type { PainReport } from '#shared/types'
import { newestFirst, updateOf, useRecordList } from './recordList'

export const usePainStore = defineStore('pain', () => {
  const list = useRecordList<PainReport>(
    (athleteId) => api.pain.list({ athleteId }),
    newestFirst((p) => `${p.date} ${p.time ?? ''}`),
    ['pain'],
  )

  async function report(fields: PainFieldsInput): Promise<PainReport> {
    const created = unwrap(await api.pain.report(fields))
    list.put(created)
    return created
  }

  async function update(id: number, fields: PainFieldsInput): Promise<PainReport> {
    const updated = unwrap(await api.pain.update(updateOf(id, fields)))
    list.put(updated)
    return updated
  }

  /** Soft delete: the report can come back with `restore`. */
  async function remove(id: number): Promise<void> {
    unwrap(await api.pain.delete({ id }))
    list.drop(id)
  }

  async function restore(id: number): Promise<PainReport> {
    const restored = unwrap(await api.pain.restore({ id }))
    list.put(restored)
    return restored
  }

  return { ...list, report, update, remove, restore }
})
