import { defineStore } from 'pinia'
import { api, unwrap } from '../api/client'
import type { SessionFieldsInput } from '#shared/schemas/session'
import type { StrengthSession } from '#shared/types'
import { newestFirst, updateOf, useRecordList } from './recordList'

/** The strength and mobility sessions a runner did, as the coach logs them. */
export const useSessionsStore = defineStore('sessions', () => {
  const list = useRecordList<StrengthSession>(
    (athleteId) => api.sessions.list({ athleteId }),
    newestFirst((s) => s.date),
    ['sessions'],
  )

  async function create(fields: SessionFieldsInput): Promise<StrengthSession> {
    const created = unwrap(await api.sessions.create(fields))
    list.put(created)
    return created
  }

  async function update(id: number, fields: SessionFieldsInput): Promise<StrengthSession> {
    const updated = unwrap(await api.sessions.update(updateOf(id, fields)))
    list.put(updated)
    return updated
  }

  /** Deletes for good; the caller asks the coach first. */
  async function remove(id: number): Promise<void> {
    unwrap(await api.sessions.delete({ id }))
    list.drop(id)
  }

  return { ...list, create, update, remove }
})
