import { defineStore } from 'pinia'
import { api, unwrap } from '../api/client'
import type { AssessmentFieldsInput } from '#shared/schemas/assessment'
import type { Assessment } from '#shared/types'
import { newestFirst, updateOf, useRecordList } from './recordList'

export const useAssessmentsStore = defineStore('assessments', () => {
  const list = useRecordList<Assessment>(
    (athleteId) => api.assessments.list({ athleteId }),
    newestFirst((a) => a.date),
    ['assessments'],
  )

  async function create(fields: AssessmentFieldsInput): Promise<Assessment> {
    const created = unwrap(await api.assessments.create(fields))
    list.put(created)
    return created
  }

  async function update(id: number, fields: AssessmentFieldsInput): Promise<Assessment> {
    const updated = unwrap(await api.assessments.update(updateOf(id, fields)))
    list.put(updated)
    return updated
  }

  /** Deletes for good; the caller asks the coach first. */
  async function remove(id: number): Promise<void> {
    unwrap(await api.assessments.delete({ id }))
    list.drop(id)
  }

  return { ...list, create, update, remove }
})
