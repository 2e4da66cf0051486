// What outlives one database connection (the import jobs, the backups folder, restore itself, the shell's
// dialogs and print port) comes from the back end as a host, so a restore can swap the database and
// rebuild every handler while these stay where they are.
import { join } from 'node:path'
import type { FilePurpose } from '#shared/schemas/transfer'
import type { RestoreResult } from '#shared/transfer'
import type { Repositories } from '../../db/repositories'
import { backupService, type BackupService } from '../backup/service'
import { AppError } from '../errors'
import { jobRegistry, type JobRegistry } from '../import/jobs'
import { createPrintPort, type PrintAdapter, type PrintPort } from '../programs/printPort'
import type { DataLocation } from '../settings/service'

/** Native open dialogs, answered by the Electron shell (electron/main/dialogs.ts); absent elsewhere. */
export interface Dialogs {
  choose(purpose: FilePurpose): Promise<string[]>
}

/**
 * What the back end asks of the desktop shell: its native dialogs and its print window. The one way
 * from the back end to the shell; in the app it is answered by messages to the main process
 * (electron/main/worker/), elsewhere it is absent and the methods say so.
 */
export interface ShellPort {
  dialogs: Dialogs
  printToPdf: PrintAdapter['savePdf']
}

export interface TransferHost {
  jobs: JobRegistry
  backups: BackupService
  restore(path: string): Promise<RestoreResult>
  dialogs: Dialogs | null
  print: PrintPort
  log: (message: string, error: unknown) => void
}

/** A host for handlers built on their own (tests of single services): no restore, no dialogs. */
export function standaloneHost(repos: Repositories, location: DataLocation): TransferHost {
  return {
    jobs: jobRegistry(),
    backups: backupService({ dir: join(location.dataDir, 'backups'), db: () => repos.db }),
    restore: () => Promise.reject(new AppError('conflict', 'Restoring is not available here.')),
    dialogs: null,
    print: createPrintPort(),
    log: console.error,
  }
}
