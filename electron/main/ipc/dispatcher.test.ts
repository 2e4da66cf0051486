// Every method in the contract refuses a bad payload with a message a coach can act on, and leaves the
// database exactly as it was. The tables are keyed by MethodName, so a new method without cases fails.
// The valid payloads and the club they refer to are the fuzzers' own: EXAMPLES and buildWorld, in
// test/reliability/payloads.ts; the bad payloads, each one of them with one fault, are in
// test/reliability/bad-payloads/ (one table per group of domains).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { METHOD_NAMES, type MethodName } from '#shared/contract'
import type { Backend } from '../backend'
import { BAD, bad, type BadCase } from '../../../test/reliability/bad-payloads'
import { buildWorld, EXAMPLES, type World } from '../../../test/reliability/payloads'
import { cleanup, digest, rowCounts, tempBackend, tempDir } from '../../../test/support'

let backend: Backend
let world: World

beforeEach(async () => {
  backend = await tempBackend()
  world = await buildWorld(backend, tempDir())
})

afterEach(cleanup)

const snapshot = () => ({ counts: rowCounts(backend.db), digest: digest(backend.db) })

describe('dispatcher validation', () => {
  it('has cases for every method in the contract', () => {
    expect(Object.keys(BAD).sort()).toEqual([...METHOD_NAMES].sort())
    expect(Object.keys(EXAMPLES).sort()).toEqual([...METHOD_NAMES].sort())
  })

  it.each(METHOD_NAMES)(
    '%s refuses bad payloads with a clear message and leaves the data unchanged',
    async (method) => {
      const cases: BadCase[] = [
        ...BAD[method](world),
        bad({ ...EXAMPLES[method](world), sneaky: true }, 'sneaky', 'Unknown field: sneaky'),
      ]
      const before = snapshot()
      expect(before.counts.athletes).toBe(2)

      for (const { payload, field, message } of cases) {
        const result = await backend.dispatch(method, payload)
        expect(result, JSON.stringify(payload)).toEqual({
          ok: false,
          error: {
            code: 'invalid',
            field,
            message: typeof message === 'string' ? message : expect.stringMatching(message),
          },
        })
      }
      for (const payload of ['athletes', 42, null, [], undefined]) {
        const result = await backend.dispatch(method, payload)
        expect(result.ok).toBe(false)
        if (!result.ok) {
          expect(result.error.code).toBe('invalid')
          expect(result.error.message).toMatch(/^[A-Z][a-z]+ .+/)
        }
      }
      expect(snapshot()).toEqual(before)

      // The same payload without the fault passes validation, so each case above was refused for its stated
      // reason. (The demo club is then declined only because this database already has athletes.)
      const accepted = await backend.dispatch(method, EXAMPLES[method](world))
      const refusedOnPurpose: Partial<Record<MethodName, string>> = {
        'demo.create': 'conflict',
        // guidance.unacknowledge and episodes.reopen are no longer here: the World holds an acknowledgement
        // and a closure, so they now succeed instead of being refused as not_found.
        // No Electron shell here, so no PDF adapter: saving a PDF says it needs the desktop app.
        'print.programPdf': 'unavailable',
        'print.groupPdf': 'unavailable',
        'print.planPdf': 'unavailable',
        // The data is open and sound: there is nothing to recover, and no shell to quit or switch folders.
        'recovery.restore': 'conflict',
        'recovery.openFolder': 'unavailable',
        'recovery.quit': 'unavailable',
      }
      const code = refusedOnPurpose[method]
      expect(accepted).toMatchObject(code ? { ok: false, error: { code } } : { ok: true })
    },
  )
})
