// The one list of store actions that change an athlete's records, and the one way to hear about them.
// The load chart and the guidance refresh after these; when the back end announces what changed, this
// module is the only place to switch over.
import { useAssessmentsStore } from './assessments'
import { usePainStore } from './pain'
import { useRunsStore } from './runs'
import { useSessionsStore } from './sessions'
import { useShoesStore } from './shoes'

export const RECORD_CHANGES = {
  runs: ['create', 'update', 'remove', 'restore'],
  pain: ['report', 'update', 'remove', 'restore'],
  shoes: ['create', 'update', 'retire', 'remove'],
  assessments: ['create', 'update', 'remove'],
  sessions: ['create', 'update', 'remove'],
} as const

export type RecordDomain = keyof typeof RECORD_CHANGES

const STORES = {
  runs: useRunsStore,
  pain: usePainStore,
  shoes: useShoesStore,
  assessments: useAssessmentsStore,
  sessions: useSessionsStore,
} as const

/** Calls `changed` after every successful action of `domains` that changes records. */
export function onRecordsChanged(domains: readonly RecordDomain[], changed: () => void): void {
  for (const domain of domains) {
    const names: readonly string[] = RECORD_CHANGES[domain]
    STORES[domain]().$onAction(({ name, after }) => {
      if (names.includes(name)) after(changed)
    })
  }
}
