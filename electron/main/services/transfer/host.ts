// What outlives one database connection (the import jobs, the backups folder, restore itself, the native
// dialogs) comes from the back end as a host, so a restore can swap the database and rebuild every
// handler while jobs and dialogs stay where they are.
import { join } from 'node:path'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { RestoreResult } from '#shared/transfer'
import type { Repositories } from '../../db/repositories'
import { backupService, type BackupService } from '../backup/service'
import { AppError } from '../errors'
import { jobRegistry, type JobRegistry } from '../import/jobs'
import type { DataLocation } from '../settings/service'

/** Native open dialogs, answered by the Electron shell (electron/main/dialogs.ts); absent elsewhere. */
export interface Dialogs {
  choose(purpose: FilePurpose): Promise<string[]>
}

export interface TransferHost {
  jobs: JobRegistry
  backups: BackupService
  restore(path: string): Promise<RestoreResult>
  dialogs: Dialogs | null
  log: (message: string, error: unknown) => void
}

/** A host for handlers built on their own (tests of single services): no restore, no dialogs. */
export function standaloneHost(repos: Repositories, location: DataLocation): TransferHost {
  return {
    jobs: jobRegistry(),
    backups: backupService({ dir: join(location.dataDir, 'backups'), db: () => repos.db }),
    restore: () => Promise.reject(new AppError('conflict', 'Restoring is not available here.')),
    dialogs: null,
    log: console.error,
  }
}
