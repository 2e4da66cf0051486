// Backup file names say what made them and when: "auto-2026-03-10T06-30-00-000Z.db",
// "before-migration-v1-2026-….db". The time is UTC, with ':' and '.' replaced so every file system
// accepts the name; listing and pruning read it back from the name, never from file times.
import type { BackupKind } from '#shared/transfer'

export type MadeKind = Exclude<BackupKind, 'other'>

export function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

export function backupName(kind: MadeKind, at: Date, schemaVersion?: number): string {
  const prefix = kind === 'before-migration' ? `before-migration-v${String(schemaVersion ?? 0)}` : kind
  return `${prefix}-${stamp(at)}.db`
}

const NAME =
  /^(auto|manual|before-restore|before-migration-v\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/

export function parseBackupName(name: string): { kind: MadeKind; createdAt: Date } | null {
  const m = NAME.exec(name)
  if (!m) return null
  const createdAt = new Date(`${m[2] ?? ''}T${m[3] ?? ''}:${m[4] ?? ''}:${m[5] ?? ''}.${m[6] ?? ''}Z`)
  if (Number.isNaN(createdAt.getTime())) return null
  const prefix = m[1] ?? ''
  const kind: MadeKind = prefix.startsWith('before-migration') ? 'before-migration' : (prefix as MadeKind)
  return { kind, createdAt }
}

/** The file next to a backup that records its check (row counts, content digest). */
export const sidecarOf = (file: string) => `${file}.json`
