// A JSON export is checked value by value with the API's own zod schemas before any of it is restored:
// a run's RPE, a pain score, a date, an enum, a text's length are held to the same rules as when the coach
// types them. Columns are matched to schema fields by name (run.duration_min ↔ durationMin); columns the
// API never takes (ids, uuids, timestamps) are left to the database's own constraints.
import type * as z from 'zod'
import { assessmentFields } from '#shared/schemas/assessment'
import { athleteFields } from '#shared/schemas/athlete'
import { closeEpisodeInput } from '#shared/schemas/guidance'
import { painFields } from '#shared/schemas/pain'
import { exerciseFields, programSettingsFields } from '#shared/schemas/program'
import { runFields } from '#shared/schemas/run'
import { sessionFields } from '#shared/schemas/session'
import { shoeFields } from '#shared/schemas/shoe'
import type { SqlValue } from '../../db/content'

const SCHEMAS: Record<string, z.ZodObject> = {
  athletes: athleteFields,
  runs: runFields,
  pain_reports: painFields,
  assessments: assessmentFields,
  shoes: shoeFields,
  strength_sessions: sessionFields,
  exercises: exerciseFields,
  programs: programSettingsFields,
  episode_closures: closeEpisodeInput,
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** How a stored value may stand for what the API takes: itself, absent, a 0/1 flag, or JSON text. */
function readings(value: SqlValue): unknown[] {
  const found: unknown[] = [value]
  if (value === null) found.push(undefined)
  if (value === 0 || value === 1) found.push(value === 1)
  if (typeof value === 'string' && /^[[{"]/.test(value)) {
    try {
      found.push(JSON.parse(value))
    } catch {
      // not JSON: the text itself is the only reading
    }
  }
  return found
}

/** Checks one table's rows; returns the first value the API would refuse, in words, or null. */
export function firstRefusedValue(table: string, columns: string[], rows: SqlValue[][]): string | null {
  const schema = SCHEMAS[table]
  if (!schema) return null
  const checks = columns.map((column) => ({ column, field: schema.shape[camel(column)] as z.ZodType | undefined }))
  for (const [index, row] of rows.entries()) {
    for (const [i, { column, field }] of checks.entries()) {
      if (!field) continue
      const options = readings(row[i] ?? null)
      if (options.some((value) => field.safeParse(value).success)) continue
      const issue = field.safeParse(options[0]).error?.issues[0]?.message ?? 'not allowed'
      return `“${table}.${column}” in row ${String(index + 1)}: ${issue}`
    }
  }
  return null
}
