// All or nothing: when anything fails after the swap, building the services included, the before-restore
// copy goes back in place, the app keeps answering from the data as it was, and the coach is told where
// the revert copy is. The services are made to fail on purpose; the files and SQLite are real.
import { existsSync } from 'node:fs'
import type * as ServicesModule from './services'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { contentDigest } from './db/content'
import { call, cleanup, tempBackend } from '../../test/support'

/** How many of the next builds fail, one after the other. */
const failing = vi.hoisted(() => ({ next: 0 }))

vi.mock('./services', async (original) => {
  const real = await original<typeof ServicesModule>()
  return {
    ...real,
    createHandlers: (...args: Parameters<typeof real.createHandlers>) => {
      if (failing.next > 0) {
        failing.next--
        throw new Error('the services could not be built')
      }
      return real.createHandlers(...args)
    },
  }
})

afterEach(() => {
  failing.next = 0
  cleanup()
})

describe('a restore that fails after the swap', () => {
  it('puts the before-restore copy back, answers from the old data, and says where the copy is', async () => {
    const backend = await tempBackend({ integrityCheckAfterMs: null, log: () => undefined })
    const ana = await call(backend, 'athletes.create', { name: 'Ana Ruiz' })
    const backup = await call(backend, 'backups.create', {})
    await call(backend, 'runs.create', { athleteId: ana.id, date: '2026-03-05', durationMin: 60 })
    const before = contentDigest(backend.db)
    // The next build (the one right after the swap) fails; the one that reopens the old data works.
    failing.next = 1
    const answer = await backend.dispatch('backups.restore', { grant: backup.grant })
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(
          /^The restore failed \(the services could not be built\), so your data was put back exactly as it was before it\. A copy of that data is also kept at .*before-restore-.*\.db\.$/,
        ),
      },
    })
    const copy = /kept at (.*)\.$/.exec(answer.ok ? '' : answer.error.message)?.[1] ?? ''
    expect(existsSync(copy)).toBe(true)
    expect(contentDigest(backend.db)).toBe(before)
    expect(await call(backend, 'runs.list', { athleteId: ana.id })).toHaveLength(1)
  })

  it('when even putting it back fails, shows the recovery screen naming the copy, and nothing is deleted', async () => {
    const backend = await tempBackend({ integrityCheckAfterMs: null, log: () => undefined })
    await call(backend, 'athletes.create', { name: 'Ana Ruiz' })
    const backup = await call(backend, 'backups.create', {})
    failing.next = 2
    const answer = await backend.dispatch('backups.restore', { grant: backup.grant })
    expect(answer).toMatchObject({ ok: false, error: { code: 'recovery' } })
    const copy = /safe in (.*)\.$/.exec(answer.ok ? '' : answer.error.message)?.[1] ?? ''
    expect(existsSync(copy)).toBe(true)
    expect(backend.recovery).toMatchObject({ kind: 'damaged', message: expect.stringContaining(copy) })
    expect(await backend.dispatch('athletes.list', {})).toMatchObject({ ok: false, error: { code: 'recovery' } })
    // The recovery screen offers that copy, and restoring it brings the club back.
    expect((await call(backend, 'recovery.status', {})).backup).toMatchObject({
      counts: expect.objectContaining({ athletes: 1 }),
    })
    await call(backend, 'recovery.restore', {})
    expect((await call(backend, 'athletes.list', {})).map((a) => a.name)).toEqual(['Ana Ruiz'])
  })
})
