// Every edit of a coach's record keeps its values before and after, written in the same transaction as
// the edit itself: a history row never exists without its edit, nor an edit without its row.
import type { Repositories } from '../../db/repositories'
import { changesBetween, type RecordEdit, type RecordType } from '#shared/edits'

export function editHistory(repos: Repositories) {
  return {
    /** Reads the record, writes the edit, reads it again, and keeps both versions when they differ. */
    edited<T extends { athleteId: number }>(
      recordType: RecordType,
      recordId: number,
      read: () => T,
      write: () => void,
    ) {
      return repos.db.transaction((): T => {
        const before = read()
        write()
        const after = read()
        if (changesBetween(before, after).length > 0) {
          repos.recordEdits.insert({ athleteId: after.athleteId, recordType, recordId, before, after })
        }
        return after
      })()
    },
    list: (recordType: RecordType, recordId: number): RecordEdit[] => repos.recordEdits.list(recordType, recordId),
  }
}

export type EditHistory = ReturnType<typeof editHistory>
