import type { Db } from '../connection'
import type { Athlete, AthleteSummary } from '#shared/types'
import type { AthleteFields } from '#shared/schemas/athlete'
import type { Experience, Sex } from '#shared/enums'

interface AthleteRow {
  id: number
  name: string
  birth_year: number | null
  sex: Sex | null
  experience: Experience
  run_days_per_week: number
  goal: string
  notes: string
  archived_at: string | null
  created_at: string
  groups_json: string
}

interface AthleteSummaryRow extends AthleteRow {
  last_run_date: string | null
  last_run_distance_m: number | null
  last_pain_score: number | null
  last_pain_date: string | null
}

function toAthlete(row: AthleteRow): Athlete {
  return {
    id: row.id,
    name: row.name,
    birthYear: row.birth_year,
    sex: row.sex,
    experience: row.experience,
    runDaysPerWeek: row.run_days_per_week,
    goal: row.goal,
    notes: row.notes,
    groups: JSON.parse(row.groups_json) as string[],
    archived: row.archived_at !== null,
    createdAt: row.created_at,
  }
}

function toSummary(row: AthleteSummaryRow): AthleteSummary {
  return {
    ...toAthlete(row),
    lastRunDate: row.last_run_date,
    lastRunDistanceM: row.last_run_distance_m,
    lastPainScore: row.last_pain_score,
    lastPainDate: row.last_pain_date,
  }
}

// SQLite's NOCASE folds ASCII only and would put 'Émile' after 'zed'; the roster is sorted like a person would.
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

export function athletesRepo(db: Db) {
  const list = db.prepare<[number], AthleteSummaryRow>(`
    SELECT a.*, (SELECT json_group_array(g.name ORDER BY g.name COLLATE NOCASE)
    FROM athlete_groups ag JOIN groups g ON g.id = ag.group_id WHERE ag.athlete_id = a.id) AS groups_json,
      lr.date AS last_run_date, lr.distance_m AS last_run_distance_m,
      lp.score AS last_pain_score, lp.date AS last_pain_date
    FROM athletes a
    LEFT JOIN runs lr ON lr.id = (
      SELECT id FROM runs WHERE athlete_id = a.id AND deleted_at IS NULL
      ORDER BY date DESC, start_time DESC, id DESC LIMIT 1)
    LEFT JOIN pain_reports lp ON lp.id = (
      SELECT id FROM pain_reports WHERE athlete_id = a.id AND deleted_at IS NULL
      ORDER BY date DESC, time DESC, id DESC LIMIT 1)
    WHERE ? = 1 OR a.archived_at IS NULL
    ORDER BY a.name COLLATE NOCASE, a.id`)
  const get = db.prepare<
    [number],
    AthleteRow
  >(`SELECT a.*, (SELECT json_group_array(g.name ORDER BY g.name COLLATE NOCASE)
    FROM athlete_groups ag JOIN groups g ON g.id = ag.group_id WHERE ag.athlete_id = a.id) AS groups_json FROM athletes a WHERE a.id = ?`)
  const insert = db.prepare<[string, number | null, Sex | null, Experience, number, string, string]>(
    `INSERT INTO athletes (name, birth_year, sex, experience, run_days_per_week, goal, notes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const update = db.prepare<[string, number | null, Sex | null, Experience, number, string, string, number]>(
    `UPDATE athletes SET name = ?, birth_year = ?, sex = ?, experience = ?, run_days_per_week = ?, goal = ?, notes = ?
     WHERE id = ?`,
  )
  const archive = db.prepare<[number]>(
    `UPDATE athletes SET archived_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ? AND archived_at IS NULL`,
  )
  const restore = db.prepare<[number]>('UPDATE athletes SET archived_at = NULL WHERE id = ?')
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM athletes')

  const fieldsOf = (f: AthleteFields) =>
    [f.name, f.birthYear, f.sex, f.experience, f.runDaysPerWeek, f.goal, f.notes] as const

  return {
    list: (includeArchived: boolean) =>
      list
        .all(includeArchived ? 1 : 0)
        .map(toSummary)
        .sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id),
    get: (id: number) => {
      const row = get.get(id)
      return row ? toAthlete(row) : undefined
    },
    insert: (f: AthleteFields) => Number(insert.run(...fieldsOf(f)).lastInsertRowid),
    update: (id: number, f: AthleteFields) => update.run(...fieldsOf(f), id).changes > 0,
    archive: (id: number) => archive.run(id).changes > 0,
    restore: (id: number) => restore.run(id).changes > 0,
    count: () => count.get()?.n ?? 0,
  }
}

export type AthletesRepo = ReturnType<typeof athletesRepo>
