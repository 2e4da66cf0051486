// SQL injection and awkward text through every free-text field of every method that stores one: each
// string is stored and read back byte for byte, and the schema of the database never changes. The fields
// are found, not listed: every string in a method's example payload (reliability/payloads.ts) that the
// method stores when it is replaced (or, for an alert key, extended) by a probe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, METHOD_NAMES, type MethodName } from '#shared/contract'
import type { Backend } from '../backend'
import { quoteId } from '../db/content'
import { buildWorld, exampleFor, type World } from '../../../test/reliability/payloads'
import { cleanup, schemaSql, tableNames, tempBackend, tempDir } from '../../../test/support'

const INJECTIONS = [
  "'; DROP TABLE runs; --",
  "Robert'); DELETE FROM athletes; --",
  "1' OR '1'='1",
  '" OR ""="',
  "x'); UPDATE athletes SET name = 'pwned' WHERE ('1'='1",
  "'; ATTACH DATABASE '/tmp/backstride-pwn.db' AS pwn; --",
  "'; PRAGMA writable_schema = ON; --",
  '?; ?1 :name @name $name',
  '%_\\ LIKE wildcards and a backslash \\',
  'SELECT * FROM sqlite_master',
  "''''''",
  'emoji 🏃‍♀️🦵🏽🏔️ and a flag 🇳🇴',
  'RTL \u202eevil\u202c مرحبا بالعالم עברית',
  'zero\u200bwidth and combining e\u0301',
  'Ω≈ç√∫˜µ≤≥÷ 田中さんにあげて下さい 𝕿𝖍𝖊',
] as const

/**
 * Text SQLite cannot keep as typed (a NUL ends it for length(); a lone surrogate is not UTF-8): refused with
 * a message on the field, never stored altered.
 */
const UNSTORABLE = ['\u0000', 'a\u0000b', '\u0000 leading NUL', 'lone \ud83c surrogate', '\udfff'] as const

/** Whole code points, so a cut never splits an emoji into a lone surrogate. */
const PATTERN = Array.from("'; DROP TABLE runs; -- 山🏃")

/** A probe that any free-text field accepts; enum, date and id fields refuse it. */
const PROBE = "Probe ✓ 'quoted'"

type Path = (string | number)[]
type Mode = 'replace' | 'append'

interface TextField {
  method: MethodName
  path: Path
  mode: Mode
}

function stringPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value === 'string') return [prefix]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...prefix, i]))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...prefix, key]))
  return []
}

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value)

function withValue(base: unknown, path: Path, make: (old: string) => string): unknown {
  const copy = structuredClone(base)
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>
  const key = path[path.length - 1] as string | number
  parent[key] = make(String(parent[key]))
  return copy
}

const namesAFile = (path: Path) => path.some((key) => key === 'grant' || key === 'grants' || key === 'folder')
const isPath = (value: string) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value)

/** Every string cell of every table, JSON arrays and objects opened up. */
function storedStrings(backend: Backend): Set<string> {
  const found = new Set<string>()
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  for (const table of tableNames(backend.db)) {
    for (const row of backend.db
      .prepare('SELECT * FROM ' + quoteId(table))
      .raw(true)
      .all() as unknown[][]) {
      for (const cell of row) {
        if (typeof cell !== 'string') continue
        found.add(cell)
        if (/^[[{]/.test(cell)) {
          try {
            walk(JSON.parse(cell))
          } catch {
            // not JSON: the cell itself is what counts
          }
        }
      }
    }
  }
  return found
}

function contains(value: unknown, wanted: string): boolean {
  if (value === wanted) return true
  if (Array.isArray(value)) return value.some((item) => contains(item, wanted))
  if (value !== null && typeof value === 'object') return Object.values(value).some((item) => contains(item, wanted))
  return false
}

let backend: Backend
let world: World
let schemaBefore: ReturnType<typeof schemaSql>
const fields: TextField[] = []
let stored = 0

beforeAll(async () => {
  const sandbox = tempDir()
  backend = await tempBackend({ dataDir: sandbox })
  world = await buildWorld(backend, sandbox)
  schemaBefore = schemaSql(backend.db)
  for (const method of METHOD_NAMES) {
    const base = exampleFor(method, world)
    // Methods that name a file (a path before, a grant now) read or write files, not text fields.
    if (base === undefined || stringPaths(base).some((p) => isPath(String(at(base, p))) || namesAFile(p))) continue
    for (const path of stringPaths(base)) {
      for (const mode of ['replace', 'append'] as const) {
        const payload = withValue(base, path, (old) => (mode === 'replace' ? PROBE : old + PROBE))
        if (!contract[method].input.safeParse(payload).success) continue
        const result = await backend.dispatch(method, payload)
        if (result.ok && storedStrings(backend).has(String(at(contract[method].input.parse(payload), path)))) {
          fields.push({ method, path, mode })
          break
        }
      }
    }
  }
})

afterAll(() => {
  console.log(
    `injection: ${String(INJECTIONS.length)} strings × ${String(fields.length)} text fields, ${String(stored)} stored`,
  )
  cleanup()
})

describe('free-text fields', () => {
  it('are found in every method that stores text', () => {
    const names = fields.map((f) => `${f.method} ${f.path.join('.')}`)
    expect(names).toEqual(
      expect.arrayContaining([
        'athletes.create name',
        'athletes.create goal',
        'athletes.create notes',
        'athletes.create groups.0',
        'athletes.update name',
        'runs.create notes',
        'runs.update notes',
        'pain.update notes',
        'assessments.update notes',
        'shoes.update name',
        'shoes.update notes',
        'pain.report notes',
        'assessments.create notes',
        'shoes.create name',
        'shoes.create notes',
        'sessions.create completedExercises.0',
        'sessions.create notes',
        'guidance.acknowledge key',
        'guidance.acknowledge note',
        'episodes.close note',
        'exercises.create name',
        'exercises.create cues.0',
        'exercises.create stopIf',
        'exercises.create dosageNote',
        'programs.update title',
        'programs.update coachNotes',
        'programs.update items.0.note',
      ]),
    )
  })
})

describe('SQL injection and awkward text', () => {
  it.each(INJECTIONS.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    '%s is stored and read back byte for byte in every text field, and the schema never changes',
    async (_label, text) => {
      expect(fields.length).toBeGreaterThan(0)
      for (const { method, path, mode } of fields) {
        const base = exampleFor(method, world)
        const payload = withValue(base, path, (old) => (mode === 'replace' ? text : old + text))
        const parsed = contract[method].input.safeParse(payload)
        // Too long for this field once appended: the schema says so, and that is tested by the fuzzer.
        if (!parsed.success) continue
        const expected = String(at(parsed.data, path))
        const result = await backend.dispatch(method, payload)
        expect(result, `${method} ${path.join('.')}`).toMatchObject({ ok: true })
        if (!result.ok) continue
        expect(contains(result.value, expected), `${method} did not answer with what it stored`).toBe(true)
        const inDb = storedStrings(backend).has(expected)
        expect(inDb, `${method} ${path.join('.')} did not store ${JSON.stringify(expected)} exactly`).toBe(true)
        expect(Buffer.from(expected, 'utf8').toString('utf8')).toBe(expected)
        stored++
      }
      expect(schemaSql(backend.db)).toEqual(schemaBefore)
      expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok')
    },
  )

  it.each(UNSTORABLE.map((text) => [JSON.stringify(text), text]))(
    '%s is refused in every text field, on that field, and nothing is written',
    async (_label, text) => {
      const changes = backend.db.prepare('SELECT total_changes()').pluck()
      for (const { method, path, mode } of fields) {
        const payload = withValue(exampleFor(method, world), path, (old) => (mode === 'replace' ? text : old + text))
        const before = changes.get()
        expect(await backend.dispatch(method, payload), `${method} ${path.join('.')}`).toEqual({
          ok: false,
          error: {
            code: 'invalid',
            field: path.join('.'),
            message: 'Remove the invisible or broken characters from this text',
          },
        })
        expect(changes.get()).toBe(before)
      }
    },
  )

  it('stores the longest text each field allows, byte for byte', async () => {
    for (const { method, path, mode } of fields) {
      const base = exampleFor(method, world)
      const make = (n: number) =>
        withValue(base, path, (old) => {
          const filler = Array.from({ length: n }, (_, i) => PATTERN[i % PATTERN.length]).join('')
          return mode === 'replace' ? `x${filler}` : old + filler
        })
      // The longest filler up to 10,000 characters that the field's schema accepts.
      let low = 0
      let high = 10_000
      while (low < high) {
        const mid = Math.ceil((low + high) / 2)
        if (contract[method].input.safeParse(make(mid)).success) low = mid
        else high = mid - 1
      }
      const payload = make(low)
      const parsed = contract[method].input.safeParse(payload)
      expect(parsed.success).toBe(true)
      if (!parsed.success) continue
      const expected = String(at(parsed.data, path))
      const result = await backend.dispatch(method, payload)
      expect(result, `${method} ${path.join('.')} with ${String(expected.length)} characters`).toMatchObject({
        ok: true,
      })
      expect(storedStrings(backend).has(expected), `${method} ${path.join('.')}`).toBe(true)
    }
    expect(schemaSql(backend.db)).toEqual(schemaBefore)
  })
})
