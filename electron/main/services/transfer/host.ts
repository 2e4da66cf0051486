// What outlives one database connection (the import jobs, the grants, the backups folder, restore itself,
// the shell's dialogs and print port, the recovery screen's actions) comes from the back end as a host, so
// a restore can swap the database and rebuild every handler while these stay where they are.
import { join } from 'node:path'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { Emit } from '#shared/serverEvents'
import type { RecoveryResult, RecoveryStatus, RestoreResult } from '#shared/transfer'
import type { Repositories } from '../../db/repositories'
import { grantRegistry, type GrantRegistry } from '../../grants'
import { backupService, type BackupService } from '../backup/service'
import { AppError } from '../errors'
import { jobRegistry, type JobRegistry } from '../import/jobs'
import { createPrintPort, type PrintAdapter, type PrintPort } from '../programs/printPort'
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

/**
 * Everything the back end asks of the desktop shell, as one port: its native dialogs, its print window,
 * quitting and "open another folder". In the app the back end runs in a worker and reaches it by
 * messages to the main process (electron/main/worker/); elsewhere it is absent and those methods say so.
 */
export interface ShellPort extends Shell {
  dialogs: Dialogs
  printToPdf: PrintAdapter['savePdf']
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
  print: PrintPort
  /** Pushes an event to the window (import progress); a no-op where no window listens. */
  emit: Emit
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
    print: createPrintPort(),
    emit: () => undefined,
    log: console.error,
    recovery: {
      status: () => ({ problem: null, backup: null, shell: false }),
      restore: unavailable,
      openFolder: unavailable,
      quit: () => ({ quitting: false }),
    },
  }
}
