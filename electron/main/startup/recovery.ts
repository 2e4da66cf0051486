// The recovery screen's back end: the newest backup that passes every restore check, and the recovery
// itself (the damaged or empty file moved aside, never deleted; the backup checked again and swapped in).
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { METHOD_NAMES } from '#shared/contract'
import type { RecoveryStatus, VerifiedBackup } from '#shared/transfer'
import type { Migration } from '../db/migrate'
import { prepareRestore } from '../services/backup/restore'
import type { BackupService } from '../services/backup/service'
import { sidecarOf, stamp } from '../services/backup/names'
import type { Handlers } from '../services'
import { AppError } from '../services/errors'
import { recoveryHandlers } from '../services/recovery/handlers'
import type { TransferHost } from '../services/transfer/host'
import type { StartupProblem } from './health'
import { problemMessage } from './health'
import { moveAside, swapInto } from './swap'

export interface RecoveryPlace {
  dataDir: string
  databaseFile: string
  migrations: Migration[]
  backups: BackupService
}

export interface Recovery {
  problem: NonNullable<RecoveryStatus['problem']>
  backup: (VerifiedBackup & { path: string }) | null
}

const tempName = (place: RecoveryPlace) => join(place.dataDir, `restoring-${stamp(new Date())}.db`)

/** Tries the backups newest first; the first that passes the whole restore check is the one offered. */
export async function newestVerifiedBackup(place: RecoveryPlace): Promise<Recovery['backup']> {
  for (const backup of place.backups.list().backups) {
    const tmp = tempName(place)
    try {
      const counts = await prepareRestore(backup.path, {
        tmp,
        migrations: place.migrations,
        currentFile: place.databaseFile,
      })
      return { name: backup.name, path: backup.path, createdAt: backup.createdAt, counts }
    } catch {
      // Not usable: try the next older one.
    } finally {
      rmSync(tmp, { force: true })
    }
  }
  return null
}

export async function recoveryFor(problem: StartupProblem, place: RecoveryPlace): Promise<Recovery> {
  return {
    problem: { kind: problem.kind, message: problemMessage(problem, place.databaseFile), file: place.databaseFile },
    backup: await newestVerifiedBackup(place),
  }
}

/**
 * Puts the offered backup in the live file's place after checking it once more. The file that was there
 * is renamed to backstride-damaged-<time>.db beside it; returns that name (null when there was none).
 */
export async function restoreOffered(recovery: Recovery, place: RecoveryPlace): Promise<string | null> {
  if (!recovery.backup) throw new Error('There is no verified backup to restore.')
  const tmp = tempName(place)
  try {
    await prepareRestore(recovery.backup.path, { tmp, migrations: place.migrations, currentFile: place.databaseFile })
    const aside = join(place.dataDir, `backstride-damaged-${stamp(new Date())}.db`)
    const moved = moveAside(place.databaseFile, aside)
    swapInto(tmp, place.databaseFile)
    return moved ? aside : null
  } finally {
    rmSync(tmp, { force: true })
  }
}

/** The row counts a backup's sidecar recorded when it was made and verified. */
export function sidecarCounts(file: string): Record<string, number> {
  try {
    return (JSON.parse(readFileSync(sidecarOf(file), 'utf8')) as { rowCounts: Record<string, number> }).rowCounts
  } catch {
    return {}
  }
}

/** What the renderer sees of the offered backup: no path (it restores by the recovery method, not a grant). */
export const shownBackup = (backup: Recovery['backup'] | undefined): VerifiedBackup | null =>
  backup ? { name: backup.name, createdAt: backup.createdAt, counts: backup.counts } : null

/** While the data is not open, only the recovery methods answer; everything else says why. */
export function recoveryModeHandlers(host: TransferHost, recovery: () => Recovery | null): Handlers {
  const refuse = () => {
    throw new AppError('recovery', recovery()?.problem.message ?? 'Backstride’s data is not open.')
  }
  const handlers = Object.fromEntries(METHOD_NAMES.map((name) => [name, refuse])) as unknown as Handlers
  return { ...handlers, ...recoveryHandlers({ host }) }
}
