// fast-check against the IPC boundary (see reliability/ipc-fuzz.ts for the rules): every method of the
// contract, with random payloads and near misses of a valid one, against the real services and database.
// A method added to the contract is fuzzed from the day it exists. `npm run test:soak` runs more cases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '#shared/contract'
import type { Backend } from '../backend'
import {
  addStats,
  fuzzHarness,
  fuzzMethod,
  fuzzMethodNames,
  type FuzzHarness,
} from '../../../test/reliability/ipc-fuzz'
import { buildWorld, exampleFor, type World } from '../../../test/reliability/payloads'
import { cleanup, tempBackend, tempDir } from '../../../test/support'
import { contract } from '#shared/contract'

/** Per method and per kind (random, near miss); the soak script runs 20 times as many. */
const RUNS = 40
const SEED = 424242

let backend: Backend
let world: World
let harness: FuzzHarness
const totals = { cases: 0, refused: 0, accepted: 0, answeredOk: 0, declined: 0, stubbed: 0 }

beforeAll(async () => {
  const sandbox = tempDir()
  backend = await tempBackend({ dataDir: sandbox })
  world = await buildWorld(backend, sandbox)
  harness = fuzzHarness(backend, sandbox)
})

afterAll(() => {
  console.log(`IPC fuzz: ${String(METHOD_NAMES.length)} methods, ${JSON.stringify(totals)}`)
  cleanup()
})

describe('the IPC fuzz payloads', () => {
  it.each(METHOD_NAMES)('include a valid %s payload to make near misses from', (method) => {
    const base = exampleFor(method, world)
    expect(base, `add a payload for ${method} to EXAMPLES in electron/main/reliability/payloads.ts`).toBeDefined()
    expect(contract[method].input.safeParse(base).success).toBe(true)
  })
})

describe('every IPC method, fuzzed', () => {
  it.each(METHOD_NAMES)(
    '%s refuses every invalid payload with a message and no write, and no payload makes it throw',
    async (method) => {
      const stats = await fuzzMethod(harness, method, { numRuns: RUNS, seed: SEED, base: exampleFor(method, world) })
      addStats(totals, stats)
      expect(stats.cases).toBeGreaterThanOrEqual(RUNS)
      expect(stats.refused).toBeGreaterThan(0)
    },
    // Detects a hang, not slowness (each call has its own time limit as well).
    120_000,
  )

  it('refuses unknown and look-alike method names', async () => {
    const cases = await fuzzMethodNames(harness, RUNS * 5, SEED)
    totals.cases += cases
    expect(cases).toBeGreaterThan(0)
  })
})
