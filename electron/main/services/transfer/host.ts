// What outlives one database connection (the import jobs, the grants, the backups folder, restore itself,
// the native dialogs, the recovery screen's actions) comes from the back end as a host, so a restore can
// swap the database and rebuild every handler while jobs and dialogs stay where they are.
import { join } from 'node:path'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { RecoveryResult, RecoveryStatus, RestoreResult } from '#shared/transfer'
import type { Repositories } from '../../db/repositories'
import { grantRegistry, type GrantRegistry } from '../../grants'
import { backupService, type BackupService } from '../backup/service'
import { AppError } from '../errors'
import { jobRegistry, type JobRegistry } from '../import/jobs'
import type { DataLocation } from '../settings/service'

/** Native open dialogs, answered by the Electron shell (electron/main/dialogs.ts); absent elsewhere. */
export interface Dialogs {
  choose(purpose: FilePurpose): Promise<string[]>
}

/** What only the desktop shell can do for the recovery screen. */
export interface Shell {
  quit(): void
  /** Asks for another data folder and restarts Backstride on it; false when the coach cancelled. */
  openAnotherFolder(): Promise<boolean>
}

export interface RecoveryHost {
  status(): RecoveryStatus
  restore(): Promise<RecoveryResult>
  openFolder(): Promise<{ chosen: boolean }>
  quit(): { quitting: boolean }
}

export interface TransferHost {
  jobs: JobRegistry
  /** Turns the renderer's grant ids into real paths; dialog results are granted through it. */
  grants: GrantRegistry
  backups: BackupService
  restore(path: string): Promise<RestoreResult>
  dialogs: Dialogs | null
  log: (message: string, error: unknown) => void
  recovery: RecoveryHost
}

const unavailable = () => Promise.reject(new AppError('conflict', 'Recovery is not available here.'))

/** A host for handlers built on their own (tests of single services): no restore, no dialogs. */
export function standaloneHost(
  repos: Repositories,
  location: DataLocation,
  grants: GrantRegistry = grantRegistry(() => [location.databaseFile]),
): TransferHost {
  return {
    jobs: jobRegistry(),
    grants,
    backups: backupService({
      dir: join(location.dataDir, 'backups'),
      db: () => repos.db,
      grant: (path) => grants.add(path)?.grant ?? '',
    }),
    restore: () => Promise.reject(new AppError('conflict', 'Restoring is not available here.')),
    dialogs: null,
    log: console.error,
    recovery: {
      status: () => ({ problem: null, backup: null, shell: false }),
      restore: unavailable,
      openFolder: unavailable,
      quit: () => ({ quitting: false }),
    },
  }
}
