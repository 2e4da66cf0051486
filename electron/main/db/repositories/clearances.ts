// "Seen by a clinician on <date>, cleared to train": one row per referral alert the coach cleared.
// Removing a clearance writes a tombstone (deleted_at), so undo brings the same row back.
import { randomUUID } from 'node:crypto'
import type { Db } from '../connection'
import type { ReferralClearance } from '#shared/guidance'

interface ClearanceRow {
  id: number
  uuid: string
  athlete_id: number
  alert_key: string
  seen_on: string
  clinician: string
  note: string
  created_at: string
  updated_at: string
}

const toClearance = (r: ClearanceRow): ReferralClearance => ({
  id: r.id,
  uuid: r.uuid,
  athleteId: r.athlete_id,
  alertKey: r.alert_key,
  seenOn: r.seen_on,
  clinician: r.clinician,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
})

export function clearancesRepo(db: Db) {
  // Scope as in the guidance reads: null = every active athlete, else one athlete (archived or not).
  const list = db.prepare<[number | null, number | null], ClearanceRow>(
    `SELECT c.id, c.uuid, c.athlete_id, c.alert_key, c.seen_on, c.clinician, c.note, c.created_at, c.updated_at
     FROM athletes a CROSS JOIN referral_clearances c ON c.athlete_id = a.id
     WHERE ((? IS NULL AND a.archived_at IS NULL) OR a.id = ?) AND c.deleted_at IS NULL
     ORDER BY c.athlete_id, c.seen_on, c.id`,
  )
  const get = db.prepare<[number], ClearanceRow & { deleted_at: string | null }>(
    'SELECT * FROM referral_clearances WHERE id = ?',
  )
  const insert = db.prepare<[string, number, string, string, string, string]>(
    'INSERT INTO referral_clearances (uuid, athlete_id, alert_key, seen_on, clinician, note) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const tombstone = db.prepare<[number]>(
    `UPDATE referral_clearances SET deleted_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ? AND deleted_at IS NULL`,
  )
  const restore = db.prepare<[number]>(
    `UPDATE referral_clearances SET deleted_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
     WHERE id = ? AND deleted_at IS NOT NULL`,
  )

  return {
    /** Clearances in force, by athlete, oldest first. */
    list(scope: number | null): Map<number, ReferralClearance[]> {
      const out = new Map<number, ReferralClearance[]>()
      for (const row of list.all(scope, scope)) {
        let rows = out.get(row.athlete_id)
        if (!rows) out.set(row.athlete_id, (rows = []))
        rows.push(toClearance(row))
      }
      return out
    },
    /** A clearance, tombstoned or not, with `deleted` saying which. */
    get(id: number): (ReferralClearance & { deleted: boolean }) | undefined {
      const row = get.get(id)
      return row ? { ...toClearance(row), deleted: row.deleted_at !== null } : undefined
    },
    insert: (athleteId: number, alertKey: string, seenOn: string, clinician: string, note: string) =>
      Number(insert.run(randomUUID(), athleteId, alertKey, seenOn, clinician, note).lastInsertRowid),
    remove: (id: number) => tombstone.run(id).changes > 0,
    restore: (id: number) => restore.run(id).changes > 0,
  }
}

export type ClearancesRepo = ReturnType<typeof clearancesRepo>
