// What the schema fixtures write with: a bulk insert, text a careless layer would mangle, and strings of
// an exact length. Only tests and the soak script use this.
import type { Db } from '../../electron/main/db/connection'

export type Filler = (db: Db) => void

export const insert = (db: Db, sql: string, rows: unknown[][]) => {
  const statement = db.prepare(sql)
  for (const row of rows) statement.run(...row)
}

/** Text a careless layer would mangle: combining marks, right-to-left script, emoji, quotes, a NUL byte. */
export const AWKWARD_TEXT = [
  'Zoë Ñúñez 山田',
  'Siobhán O’Brien',
  'محمد الحسن',
  'Łukasz Żółć',
  'e\u0301 (combining acute)',
  '🏃‍♀️🏔️ trail 🦵',
  "Robert'); DROP TABLE athletes; --",
  'NUL inside: a\u0000b',
  'tab\tand\nnew line',
] as const

/** Exactly `n` characters (SQLite's length() counts characters, JavaScript's UTF-16 units: keep to the BMP). */
export const chars = (n: number, unit = 'é') => unit.repeat(n)
