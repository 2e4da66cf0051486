// The unit of work of the crash test: one transaction that writes an athlete with two groups, a shoe, one
// to three runs (every 25th unit: 150, so the WAL grows and checkpoints run), a pain report linked to the
// first run with its red flags, and the "last unit" setting. Everything in a unit follows from its number,
// so after a kill the verifier knows exactly what each unit must contain, down to the bytes of its notes.
import type { Db } from '../../electron/main/db/connection'
import type { Repositories } from '../../electron/main/db/repositories'
import type { RedFlag } from '#shared/enums'

export const LAST_UNIT_KEY = 'crash.lastUnit'

export const runsIn = (seq: number) => (seq % 25 === 0 ? 150 : 1 + (seq % 3))
export const flagsOf = (seq: number): RedFlag[] => (seq % 4 === 0 ? ['fever_unwell', 'weight_loss'] : [])
/** Up to 2000 characters of mixed scripts; a torn page would show here even if integrity_check passed. */
export const notesOf = (seq: number) => `unit ${String(seq)} · Zoë 山田 محمد 🏃 `.repeat((seq * 7919) % 64)

export function writeUnit(repos: Repositories, seq: number): void {
  repos.db.transaction(() => {
    const athleteId = repos.athletes.insert({
      name: `unit ${String(seq)}`,
      birthYear: null,
      sex: null,
      experience: 'new',
      runDaysPerWeek: seq % 8,
      goal: `goal ${String(seq)}`,
      notes: notesOf(seq),
      groups: [],
    })
    repos.groups.setForAthlete(athleteId, [`crash ${String(seq % 5)}`, `unit-${String(seq)}`])
    const shoeId = repos.shoes.insert({
      athleteId,
      name: `shoe ${String(seq)}`,
      startDate: '2026-01-05',
      initialDistanceM: seq,
      retiredDate: null,
      replaceThresholdM: 800_000,
      notes: '',
    })
    const runIds: number[] = []
    for (let k = 0; k < runsIn(seq); k++) {
      runIds.push(
        repos.runs.insert(
          {
            athleteId,
            date: '2026-03-01',
            startTime: null,
            durationMin: 30 + k,
            distanceM: 5000 + k,
            rpe: k % 11,
            type: 'easy',
            surface: null,
            shoeId,
            cadenceSpm: null,
            elevationGainM: null,
            temperatureC: null,
            notes: `unit ${String(seq)} run ${String(k)}`,
          },
          { source: 'manual', sourceFile: null, fingerprint: null },
        ),
      )
    }
    repos.pain.insert({
      athleteId,
      date: '2026-03-01',
      time: null,
      runId: runIds[0] ?? null,
      score: seq % 11,
      timing: 'after',
      onsetMinute: null,
      location: 'central',
      character: 'ache',
      easedByStretching: 'not_tried',
      redFlags: flagsOf(seq),
      notes: `unit ${String(seq)}`,
    })
    repos.settings.set(LAST_UNIT_KEY, String(seq))
  })()
}

export interface UnitCheck {
  /** units found, which are always 1…committed with none missing */
  committed: number
  problems: string[]
}

interface UnitRow {
  name: string
  notes: string
  goal: string
  runs: number
  linked_pain: number
  pain: number
  flags: number
  shoes: number
  groups: number
}

/**
 * Reads back every unit and lists what is wrong: a unit missing from the sequence, a unit with some of its
 * rows and not others, a row that belongs to no unit, or a "last unit" setting that disagrees with the
 * units present (it is written in the same transaction, so it must match exactly).
 */
export function checkUnits(db: Db): UnitCheck {
  const problems: string[] = []
  const integrity = db.pragma('integrity_check', { simple: true })
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
  const orphans = db.pragma('foreign_key_check') as unknown[]
  if (orphans.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 3))}`)

  const rows = db
    .prepare<[], UnitRow>(
      `SELECT a.name, a.notes, a.goal,
         (SELECT count(*) FROM runs r WHERE r.athlete_id = a.id) AS runs,
         (SELECT count(*) FROM pain_reports p WHERE p.athlete_id = a.id
            AND p.run_id = (SELECT min(id) FROM runs r WHERE r.athlete_id = a.id)) AS linked_pain,
         (SELECT count(*) FROM pain_reports p WHERE p.athlete_id = a.id) AS pain,
         (SELECT count(*) FROM pain_red_flags f JOIN pain_reports p ON p.id = f.pain_report_id
            WHERE p.athlete_id = a.id) AS flags,
         (SELECT count(*) FROM shoes s WHERE s.athlete_id = a.id) AS shoes,
         (SELECT count(*) FROM athlete_groups ag WHERE ag.athlete_id = a.id) AS groups
       FROM athletes a ORDER BY a.id`,
    )
    .all()
  rows.forEach((row, i) => {
    const seq = i + 1
    const expected: UnitRow = {
      name: `unit ${String(seq)}`,
      notes: notesOf(seq),
      goal: `goal ${String(seq)}`,
      runs: runsIn(seq),
      linked_pain: 1,
      pain: 1,
      flags: flagsOf(seq).length,
      shoes: 1,
      groups: 2,
    }
    for (const key of Object.keys(expected) as (keyof UnitRow)[]) {
      if (row[key] !== expected[key])
        problems.push(`unit ${String(seq)} (${row.name}): ${key} is ${String(row[key]).slice(0, 40)}`)
    }
  })
  const committed = rows.length

  const total = (sql: string) => db.prepare(sql).pluck().get() as number
  let runs = 0
  for (let seq = 1; seq <= committed; seq++) runs += runsIn(seq)
  if (total('SELECT count(*) FROM runs') !== runs) problems.push('runs that belong to no complete unit')
  if (total('SELECT count(*) FROM groups') !== committed + Math.min(5, committed))
    problems.push('groups that belong to no complete unit')
  const last = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LAST_UNIT_KEY) as string | undefined
  if ((last ?? '0') !== String(committed))
    problems.push(`last unit setting says ${String(last)}, found ${String(committed)}`)
  return { committed, problems }
}
