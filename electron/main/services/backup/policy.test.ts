import { describe, expect, it } from 'vitest'
import { backupName, parseBackupName } from './names'
import { backupsToDelete, backupsToKeep, type BackupEntry } from './policy'

const DAY = 24 * 60 * 60 * 1000
// Noon local time, so a backup's local day is the same in every time zone the tests may run in.
const at = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`)
const entry = (kind: BackupEntry['kind'], createdAt: Date): BackupEntry => ({
  kind,
  createdAt,
  name: backupName(kind === 'other' ? 'manual' : kind, createdAt, 1),
})

describe('the keep-policy', () => {
  it('keeps the newest of each of the last 7 days and of each of the last 4 ISO weeks', () => {
    // One automatic backup a day for 60 days, ending on Sunday 2026-03-29.
    const end = at('2026-03-29').getTime()
    const daily = Array.from({ length: 60 }, (_, i) => entry('auto', new Date(end - i * DAY)))
    const kept = daily
      .filter((e) => backupsToKeep(daily).has(e.name))
      .map((e) => e.createdAt.toISOString().slice(0, 10))
    expect(kept.sort()).toEqual([
      // the newest of each of the previous three ISO weeks (their Sundays)
      '2026-03-08',
      '2026-03-15',
      '2026-03-22',
      // the last seven days (the newest also stands for the current week)
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ])
  })

  it('keeps only the newest backup of a day with many', () => {
    const morning = entry('manual', at('2026-03-10', 8))
    const noon = entry('manual', at('2026-03-10', 12))
    const evening = entry('auto', at('2026-03-10', 20))
    expect(backupsToDelete([morning, noon, evening]).sort()).toEqual([morning.name, noon.name].sort())
  })

  it('counts days that have backups, so a coach who opens the app weekly keeps 7 of them', () => {
    const weekly = Array.from({ length: 10 }, (_, i) =>
      entry('auto', new Date(at('2026-03-29').getTime() - i * 7 * DAY)),
    )
    expect(backupsToKeep(weekly).size).toBe(7)
  })

  it('keeps the newest 3 revert copies and pre-migration copies whatever else happens that day', () => {
    const reverts = [1, 2, 3, 4].map((h) => entry('before-restore', at('2026-03-10', h)))
    const migrations = [1, 2].map((h) => entry('before-migration', at('2026-03-10', h)))
    const manual = [5, 6, 7].map((h) => entry('manual', at('2026-03-10', h)))
    const deleted = backupsToDelete([...reverts, ...migrations, ...manual])
    expect(deleted.sort()).toEqual([reverts[0]?.name, manual[0]?.name, manual[1]?.name].sort())
  })

  it('never deletes a file it did not name', () => {
    const other: BackupEntry = { name: 'copied-by-hand.db', kind: 'other', createdAt: at('2020-01-01') }
    const many = Array.from({ length: 20 }, (_, i) => entry('auto', new Date(at('2026-03-29').getTime() - i * DAY)))
    expect(backupsToDelete([other, ...many])).not.toContain('copied-by-hand.db')
  })
})

describe('backup names', () => {
  it('read back as the kind and moment they were made', () => {
    const made = new Date('2026-03-10T06:30:00.123Z')
    expect(backupName('auto', made)).toBe('auto-2026-03-10T06-30-00-123Z.db')
    expect(parseBackupName('auto-2026-03-10T06-30-00-123Z.db')).toEqual({ kind: 'auto', createdAt: made })
    expect(parseBackupName(backupName('before-migration', made, 2))).toEqual({
      kind: 'before-migration',
      createdAt: made,
    })
    expect(parseBackupName('holiday.db')).toBeNull()
  })
})
