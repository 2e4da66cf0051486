// Fuzzing the IPC boundary with fast-check. For every method of the contract: random values of any shape,
// and near misses made by changing a valid payload a little (a key dropped or added, a value of another
// type, a number just out of range, a string too long). The method's own zod schema is the oracle:
//   - a payload the schema refuses must be refused by the dispatcher with 'invalid' and a message, before
//     any handler runs and without a single write;
//   - a payload the schema accepts must never be refused as 'invalid' by validation: only a service's own
//     rule may say 'invalid' (a run of another athlete), and nothing may end as 'internal';
//   - no call may throw, reject or hang.
// Handlers are the real services over the real database. Calls that would touch a path outside the fuzz
// sandbox (an import or export of a random absolute path) reach a stub instead, so the fuzzer never reads
// or writes the rest of the machine.
import { resolve, sep } from 'node:path'
import * as fc from 'fast-check'
import { contract, type MethodName } from '#shared/contract'
import type { Result } from '#shared/result'
import type { Backend } from '../../electron/main/backend'
import { createDispatcher, type Dispatch } from '../../electron/main/ipc/dispatcher'
import { createHandlers, type Handlers } from '../../electron/main/services'
import { AppError } from '../../electron/main/services/errors'
import { standaloneHost } from '../../electron/main/services/transfer/host'

/** Generous: a call that takes this long is stuck, not slow. */
export const CALL_TIMEOUT_MS = 10_000
/** The message the dispatcher gives when SQLite refuses what the schema let through. */
const SCHEMA_DB_MISMATCH = 'Those values are not allowed together. Nothing was saved.'

export interface MethodFuzzStats {
  cases: number
  /** refused by the schema, and so by the dispatcher */
  refused: number
  /** accepted by the schema and handled */
  accepted: number
  /** accepted and answered ok */
  answeredOk: number
  /** accepted, then declined by a service's own rule (not found, conflict, a rule of the service) */
  declined: number
  /** accepted, but aimed at a path outside the sandbox: answered by a stub */
  stubbed: number
}

const emptyStats = (): MethodFuzzStats => ({
  cases: 0,
  refused: 0,
  accepted: 0,
  answeredOk: 0,
  declined: 0,
  stubbed: 0,
})

export function addStats(into: MethodFuzzStats, more: MethodFuzzStats): void {
  for (const key of Object.keys(into) as (keyof MethodFuzzStats)[]) into[key] += more[key]
}

const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/

function pathsOutside(value: unknown, sandbox: string, depth = 0): boolean {
  if (depth > 8) return false
  if (typeof value === 'string')
    return ABSOLUTE.test(value.trim()) && !`${resolve(value.trim())}${sep}`.startsWith(`${sandbox}${sep}`)
  if (Array.isArray(value)) return value.some((item) => pathsOutside(item, sandbox, depth + 1))
  if (value !== null && typeof value === 'object')
    return Object.values(value).some((item) => pathsOutside(item, sandbox, depth + 1))
  return false
}

interface CallState {
  handled: boolean
  stubbed: boolean
  error: unknown
  logged: string[]
}

/** The real dispatcher over the real services of `backend`, with a record of what each call did. */
export function fuzzHarness(backend: Backend, sandbox: string) {
  const repos = backend.repos
  const location = { dataDir: backend.dataDir, databaseFile: backend.databaseFile }
  const host = standaloneHost(repos, location, backend.grants)
  const real = createHandlers(repos, location, host)
  const state: CallState = { handled: false, stubbed: false, error: undefined, logged: [] }
  const root = resolve(sandbox)
  const guarded: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const [name, handler] of Object.entries(real) as [string, (input: unknown) => unknown][]) {
    guarded[name] = async (input) => {
      state.handled = true
      if (pathsOutside(input, root)) {
        state.stubbed = true
        return null
      }
      try {
        return await handler(input)
      } catch (error) {
        state.error = error
        throw error
      }
    }
  }
  const dispatch: Dispatch = createDispatcher(guarded as unknown as Handlers, (message) => {
    state.logged.push(message)
  })
  const db = repos.db
  const changes = db.prepare<[], number>('SELECT total_changes()').pluck()
  /** Moves with every row written and every schema change on this connection, the only one there is. */
  const writeMark = () => `${String(changes.get())}/${String(db.pragma('schema_version', { simple: true }))}`
  /** Import jobs go on between requests; a case ends when its job has. */
  const settle = async () => {
    await Promise.all(host.jobs.running().map((job) => job.finished))
  }
  return { dispatch, state, writeMark, settle }
}

export type FuzzHarness = ReturnType<typeof fuzzHarness>

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${String(CALL_TIMEOUT_MS)} ms`)),
      CALL_TIMEOUT_MS,
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

const fail = (message: string): never => {
  throw new Error(message)
}

/** Calls `method` with `payload` and checks the answer against the schema's own verdict. */
export async function checkCall(
  harness: FuzzHarness,
  method: MethodName,
  payload: unknown,
  stats: MethodFuzzStats,
): Promise<void> {
  const { state } = harness
  const shown = () => fc.stringify(payload).slice(0, 300)
  let accepts: boolean
  try {
    accepts = contract[method].input.safeParse(payload).success
  } catch (error) {
    fail(`the ${method} schema itself threw on ${shown()}: ${String(error)}`)
    return
  }
  state.handled = false
  state.stubbed = false
  state.error = undefined
  state.logged = []
  const before = harness.writeMark()
  let result: Result<unknown>
  try {
    result = await withTimeout(harness.dispatch(method, payload), method)
  } catch (error) {
    fail(`${method} threw on ${shown()}: ${error instanceof Error ? error.message : String(error)}`)
    return
  }
  await harness.settle()
  stats.cases++
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean')
    fail(`${method} answered something that is not a Result on ${shown()}`)

  if (!accepts) {
    stats.refused++
    if (result.ok) return fail(`${method} accepted what its schema refuses: ${shown()}`)
    if (result.error.code !== 'invalid')
      fail(`${method} refused ${shown()} with '${result.error.code}' instead of 'invalid'`)
    if (!/\S/.test(result.error.message)) fail(`${method} refused ${shown()} without a message`)
    if (state.handled) fail(`${method} ran its handler for a payload its schema refuses: ${shown()}`)
    if (harness.writeMark() !== before) fail(`${method} wrote to the database while refusing ${shown()}`)
    if (state.logged.length > 0) fail(`${method} logged an error while refusing ${shown()}`)
    return
  }

  stats.accepted++
  if (state.stubbed) stats.stubbed++
  if (result.ok) {
    stats.answeredOk++
    return
  }
  stats.declined++
  const { code, message } = result.error
  if (!/\S/.test(message)) fail(`${method} declined ${shown()} without a message`)
  if (code === 'internal' || code === 'unknown_method')
    fail(`${method} failed with '${code}' on a payload its schema accepts: ${shown()} (${state.logged.join('; ')})`)
  if (message === SCHEMA_DB_MISMATCH) fail(`the ${method} schema accepts what the database refuses: ${shown()}`)
  if (code === 'invalid' && !(state.error instanceof AppError))
    fail(`${method} said 'invalid' to a payload its schema accepts, and no service rule refused it: ${shown()}`)
}

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
})

type Path = (string | number)[]

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null)

/** Paths to every value inside arrays and plain objects (a Map or a typed array is a value, not a place). */
function pathsIn(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix)
  if (Array.isArray(value)) value.forEach((item, i) => pathsIn(item, [...prefix, i], out))
  else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) pathsIn(item, [...prefix, key], out)
  return out
}

/** Lengths around every limit the schemas use, and far beyond them. */
const LENGTHS = [0, 1, 2, 39, 40, 41, 59, 60, 61, 79, 80, 81, 119, 120, 121, 139, 140, 141, 199, 200, 201].concat([
  255, 256, 299, 300, 301, 499, 500, 501, 999, 1000, 1001, 1999, 2000, 2001, 4096, 4097, 10_000, 100_000,
])

const nearValue: fc.Arbitrary<unknown> = fc.oneof(
  anything,
  fc.constantFrom(
    0,
    -0,
    -1,
    1,
    0.5,
    -0.5,
    1.5,
    6.5,
    7,
    8,
    10,
    11,
    16,
    17,
    59,
    60,
    61,
    200,
    201,
    259.9,
    260,
    260.1,
    600,
  ),
  fc.constantFrom(601, 1440, 1441, 3600, 1_000_000, 1_000_001, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_VALUE),
  fc.constantFrom(Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity),
  fc.integer({ min: -10, max: 5000 }),
  fc.double(),
  fc.constantFrom(...LENGTHS).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...LENGTHS).map((n) => '山'.repeat(n)),
  fc.constantFrom('', ' ', '  \t\n ', '\u0000', '\u200b', '\ufeff', 'null', 'true', '1', '-1', '1e3', '0x10'),
  fc.constantFrom('2026-02-30', '2026-02-29', '2028-02-29', '2026-13-01', '2026-3-1', '26-03-01', '2026-03-01T00:00'),
  fc.constantFrom('07:30', '7:30', '24:00', '23:59:59', '23:60', '/', 'C:\\', '\\\\server\\share', '../../etc/passwd'),
  fc.constantFrom(null, undefined, true, false, [], {}, [null], { id: 1 }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
)

/** A different type carrying the same information, as a careless client would send it. */
function swapType(value: unknown): unknown {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return Number(value) || value.length
  if (typeof value === 'boolean') return value ? 1 : 'false'
  if (value === null) return 0
  if (Array.isArray(value)) return Object.fromEntries(Array.from(value, (item, i) => [String(i), item] as const))
  if (typeof value === 'object') return Object.values(value)
  return null
}

type Op =
  | { kind: 'drop'; at: number }
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'swap'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: nearValue }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'extra', ''),
      fc.string({ maxLength: 12 }),
    ),
    value: nearValue,
  }),
)

function parentOf(root: unknown, path: Path): unknown {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root)
}

function apply(base: unknown, ops: Op[]): unknown {
  // A holder so the payload itself can be replaced, dropped or swapped like any field.
  const holder: { payload: unknown } = { payload: structuredClone(base) }
  for (const o of ops) {
    const paths = pathsIn(holder.payload, ['payload'])
    const path = paths[o.at % paths.length] ?? ['payload']
    const key = path[path.length - 1] as string | number
    const parent = parentOf(holder, path) as Record<string | number, unknown>
    if (o.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
    } else if (o.kind === 'set') parent[key] = o.value
    else if (o.kind === 'swap') parent[key] = swapType(parent[key])
    else {
      const target = parent[key]
      // defineProperty, not assignment: '__proto__' must become an own key, as JSON.parse would make it.
      if (isPlainObject(target))
        Object.defineProperty(target, o.key, { value: o.value, enumerable: true, writable: true, configurable: true })
    }
  }
  return holder.payload
}

/** Payloads a step or three away from `base`: most are invalid, some are still valid. */
export const nearMisses = (base: unknown): fc.Arbitrary<unknown> =>
  fc.array(op, { minLength: 1, maxLength: 3 }).map((ops) => apply(base, ops))

export interface FuzzMethodOptions {
  numRuns: number
  seed: number
  /** a payload the method accepts; without one, only random payloads are tried */
  base?: unknown
}

/** Random payloads and near misses for one method; throws with fast-check's counterexample on a failure. */
export async function fuzzMethod(
  harness: FuzzHarness,
  method: MethodName,
  options: FuzzMethodOptions,
): Promise<MethodFuzzStats> {
  const stats = emptyStats()
  const run = (arbitrary: fc.Arbitrary<unknown>, seed: number) =>
    fc.assert(
      fc.asyncProperty(arbitrary, (payload) => checkCall(harness, method, payload, stats)),
      { numRuns: options.numRuns, seed, endOnFailure: true },
    )
  await run(anything, options.seed)
  if (options.base !== undefined) {
    await checkCall(harness, method, options.base, stats)
    await run(nearMisses(options.base), options.seed + 1)
  }
  return stats
}

/** Random method names, near the real ones and far from them: every one is refused as unknown. */
export async function fuzzMethodNames(harness: FuzzHarness, numRuns: number, seed: number): Promise<number> {
  let cases = 0
  const names = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .constantFrom(...Object.keys(contract))
      .chain((name) =>
        fc.constantFrom(
          name.toUpperCase(),
          ` ${name}`,
          `${name} `,
          `${name}.x`,
          name.replace('.', ':'),
          `__proto__.${name}`,
        ),
      ),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''),
  )
  await fc.assert(
    fc.asyncProperty(names, anything, async (name, payload) => {
      if (Object.hasOwn(contract, name)) return
      const before = harness.writeMark()
      const result = await withTimeout(harness.dispatch(name, payload), name)
      cases++
      if (result.ok || result.error.code !== 'unknown_method')
        fail(`the method name ${JSON.stringify(name)} was not refused`)
      if (harness.writeMark() !== before) fail(`an unknown method ${JSON.stringify(name)} wrote to the database`)
    }),
    { numRuns, seed, endOnFailure: true },
  )
  return cases
}
