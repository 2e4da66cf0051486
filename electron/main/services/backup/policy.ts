// Which backups to keep. Plain data in, plain data out, so the policy is tested without files.
//
// Regular backups (automatic at start-up, and "Back up now") keep the newest backup of each of the 7
// most recent days that have one, and the newest of each of the 4 most recent ISO weeks that have one:
// about a week of dailies plus a month of weeklies, even for a coach who opens the app once a week.
// The copies made before a migration and before a restore (the revert copies) are not part of that
// rotation, so a busy day of manual backups can never push them out: the newest 3 of each are kept.
// Files Backstride did not name are never deleted.
import { isoWeekStart, localIsoDate } from '#shared/dates'
import type { BackupKind } from '#shared/transfer'

export interface BackupEntry {
  name: string
  kind: BackupKind
  createdAt: Date
}

export const KEEP_DAILY = 7
export const KEEP_WEEKLY = 4
export const KEEP_SPECIAL = 3

/** The newest entry in each of the `count` most recent periods (by `periodOf`) that have one. */
function newestPerPeriod(entries: BackupEntry[], periodOf: (entry: BackupEntry) => string, count: number): string[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const periods = new Map<string, string>()
  for (const entry of newestFirst) {
    const period = periodOf(entry)
    if (!periods.has(period)) {
      if (periods.size >= count) break
      periods.set(period, entry.name)
    }
  }
  return [...periods.values()]
}

const dayOf = (entry: BackupEntry) => localIsoDate(entry.createdAt)

export function backupsToKeep(entries: BackupEntry[]): Set<string> {
  const regular = entries.filter((e) => e.kind === 'auto' || e.kind === 'manual')
  const keep = new Set<string>([
    ...newestPerPeriod(regular, dayOf, KEEP_DAILY),
    ...newestPerPeriod(regular, (e) => isoWeekStart(dayOf(e)), KEEP_WEEKLY),
  ])
  for (const kind of ['before-migration', 'before-restore'] as const) {
    const ofKind = entries.filter((e) => e.kind === kind)
    for (const name of newestPerPeriod(ofKind, (e) => e.name, KEEP_SPECIAL)) keep.add(name)
  }
  for (const entry of entries) if (entry.kind === 'other') keep.add(entry.name)
  return keep
}

export function backupsToDelete(entries: BackupEntry[]): string[] {
  const keep = backupsToKeep(entries)
  return entries.filter((e) => !keep.has(e.name)).map((e) => e.name)
}
