// The backups folder: make a verified backup, list what is there, prune by the keep-policy. Each backup
// is written by db/backup.ts (SQLite's backup API into a temp file, integrity check, same row counts and
// content digest as the live data, then rename) and gets a small JSON file next to it recording that
// check, so a restore can verify the file again years later.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupInfo, BackupList } from '#shared/transfer'
import { backupTo, type BackupCheck } from '../../db/backup'
import type { Db } from '../../db/connection'
import { backupName, parseBackupName, sidecarOf, type MadeKind } from './names'
import { backupsToDelete, type BackupEntry } from './policy'

export const DAY_MS = 24 * 60 * 60 * 1000

export interface BackupDeps {
  dir: string
  db: () => Db
  now?: () => Date
  log?: (message: string, error: unknown) => void
  /** Issues the grant the renderer passes back to restore a listed backup (none where nothing restores). */
  grant?: (path: string) => string
}

export interface Sidecar extends BackupCheck {
  kind: MadeKind
  createdAt: string
}

export function backupService(deps: BackupDeps) {
  const now = deps.now ?? (() => new Date())

  const entries = (): (BackupEntry & { file: string })[] => {
    if (!existsSync(deps.dir)) return []
    return readdirSync(deps.dir)
      .filter((name) => name.endsWith('.db'))
      .map((name) => {
        const file = join(deps.dir, name)
        const parsed = parseBackupName(name)
        return parsed
          ? { name, file, ...parsed }
          : { name, file, kind: 'other' as const, createdAt: statSync(file).mtime }
      })
  }

  const info = (entry: BackupEntry & { file: string }): BackupInfo => ({
    grant: deps.grant?.(entry.file) ?? '',
    name: entry.name,
    path: entry.file,
    kind: entry.kind,
    createdAt: entry.createdAt.toISOString(),
    sizeBytes: statSync(entry.file).size,
  })

  const prune = () => {
    const all = entries()
    for (const name of backupsToDelete(all)) {
      const file = join(deps.dir, name)
      rmSync(file, { force: true })
      rmSync(sidecarOf(file), { force: true })
    }
  }

  /** Writes and verifies a backup; all but a before-migration copy then prune the folder by the keep-policy. */
  async function create(kind: MadeKind, options: { db?: Db; schemaVersion?: number } = {}): Promise<BackupInfo> {
    mkdirSync(deps.dir, { recursive: true })
    let at = now()
    // Names carry the millisecond; two backups in the same one get the next free millisecond.
    while (existsSync(join(deps.dir, backupName(kind, at, options.schemaVersion)))) at = new Date(at.getTime() + 1)
    const name = backupName(kind, at, options.schemaVersion)
    const file = join(deps.dir, name)
    const check = await backupTo(options.db ?? deps.db(), file)
    const sidecar: Sidecar = { kind, createdAt: at.toISOString(), ...check }
    writeFileSync(sidecarOf(file), JSON.stringify(sidecar, null, 2))
    // Every restore prunes too, so revert copies never pile up beyond the policy's last three.
    if (kind !== 'before-migration') {
      try {
        prune()
      } catch (error) {
        // A backup that was written is good even when an old one could not be removed.
        deps.log?.('pruning old backups failed', error)
      }
    }
    return info({ name, file, kind, createdAt: at })
  }

  return {
    folder: deps.dir,
    create,
    list: (): BackupList => ({
      folder: deps.dir,
      backups: entries()
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .map(info),
    }),

    /** When the newest backup of any kind is older than `maxAgeMs` (or there is none), makes one. */
    async ensureRecent(maxAgeMs = DAY_MS): Promise<BackupInfo | null> {
      const newest = Math.max(0, ...entries().map((e) => e.createdAt.getTime()))
      if (now().getTime() - newest < maxAgeMs) return null
      return create('auto')
    },
  }
}

export type BackupService = ReturnType<typeof backupService>
