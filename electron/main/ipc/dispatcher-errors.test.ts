import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { Backend } from '../backend'
import { createHandlers } from '../services'
import { call, cleanup, digest, rowCounts, tempBackend } from '../../../test/support'
import { createDispatcher, toApiFailure } from './dispatcher'

let backend: Backend
let athleteId: number
let log: Mock<(message: string, error: unknown) => void>

beforeEach(async () => {
  log = vi.fn<(message: string, error: unknown) => void>()
  backend = await tempBackend({ log })
  athleteId = (await call(backend, 'athletes.create', { name: 'Zoë Ñúñez 山田' })).id
})

afterEach(cleanup)

const snapshot = () => ({ counts: rowCounts(backend.db), digest: digest(backend.db) })
const run = (extra: Record<string, unknown>) => ({ athleteId, date: '2026-03-10', durationMin: 45, ...extra })

describe('what a coach reads when a form is wrong', () => {
  it.each([
    ['a missing name', 'athletes.create', () => ({ groups: ['Trail'] }), 'name', 'Name is required'],
    ['RPE 11', 'runs.create', () => run({ rpe: 11 }), 'rpe', 'Session RPE is from 0 to 10'],
    ['a negative distance', 'runs.create', () => run({ distanceM: -1 }), 'distanceM', 'Distance cannot be negative'],
    ['an unknown run type', 'runs.create', () => run({ type: 'sprint' }), 'type', /^Choose one of: easy, long, tempo/],
    ['an extra field', 'runs.create', () => run({ pace: '5:00' }), 'pace', 'Unknown field: pace'],
    [
      'a duration typed as text',
      'runs.create',
      () => run({ durationMin: '45' }),
      'durationMin',
      'Enter the duration in minutes',
    ],
    [
      'a pain score of 11',
      'pain.report',
      () => ({ athleteId, date: '2026-03-10', score: 11, timing: 'after' }),
      'score',
      'Pain is from 0 to 10',
    ],
  ] as const)('%s', async (_what, method, payload, field, message) => {
    const before = snapshot()
    const result = await backend.dispatch(method, payload())
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        field,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      },
    })
    expect(snapshot()).toEqual(before)
  })
})

describe('records that are not there', () => {
  it.each([
    ['athletes.get', { id: 9999 }, 'That athlete was not found. It may have been deleted.', undefined],
    ['athletes.update', { id: 9999, name: 'Ana' }, 'That athlete was not found. It may have been deleted.', undefined],
    ['athletes.archive', { id: 9999 }, 'That athlete was not found. It may have been deleted.', undefined],
    ['runs.list', { athleteId: 9999 }, 'That athlete was not found. It may have been deleted.', 'athleteId'],
    [
      'runs.update',
      { id: 9999, date: '2026-03-10', durationMin: 30 },
      'That run was not found. It may have been deleted.',
      undefined,
    ],
    ['runs.restore', { id: 9999 }, 'That run was not found. It may have been deleted.', undefined],
    ['pain.delete', { id: 9999 }, 'That pain report was not found. It may have been deleted.', undefined],
    [
      'assessments.update',
      { id: 9999, date: '2026-03-10' },
      'That assessment was not found. It may have been deleted.',
      undefined,
    ],
    ['shoes.delete', { id: 9999 }, 'That shoe was not found. It may have been deleted.', undefined],
    ['sessions.delete', { id: 9999 }, 'That session was not found. It may have been deleted.', undefined],
    [
      'sessions.update',
      { id: 9999, date: '2026-03-10' },
      'That session was not found. It may have been deleted.',
      undefined,
    ],
  ] as const)('%s answers not_found', async (method, payload, message, field) => {
    const before = snapshot()
    const result = await backend.dispatch(method, payload)
    expect(result).toEqual({
      ok: false,
      error: field ? { code: 'not_found', message, field } : { code: 'not_found', message },
    })
    expect(snapshot()).toEqual(before)
  })

  it('names the field when a run points at a shoe or a pain report at a run that does not exist', async () => {
    const before = snapshot()
    expect(await backend.dispatch('runs.create', run({ shoeId: 9999 }))).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That shoe was not found. It may have been deleted.', field: 'shoeId' },
    })
    const pain = { athleteId, date: '2026-03-10', score: 2, timing: 'after', runId: 9999 }
    expect(await backend.dispatch('pain.report', pain)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That run was not found. It may have been deleted.', field: 'runId' },
    })
    expect(snapshot()).toEqual(before)
  })

  it('treats a deleted run as gone until it is restored', async () => {
    const created = await call(backend, 'runs.create', run({}))
    await call(backend, 'runs.delete', { id: created.id })
    expect(await backend.dispatch('runs.update', { id: created.id, date: '2026-03-10', durationMin: 30 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That run was deleted.' },
    })
    expect(await backend.dispatch('runs.delete', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})

describe('unknown methods', () => {
  it.each(['athletes.drop', 'toString', '__proto__', 'constructor', 'hasOwnProperty', '', 'ATHLETES.LIST'])(
    '%j is refused as an unknown request without touching the data',
    async (method) => {
      const before = snapshot()
      expect(await backend.dispatch(method, {})).toEqual({
        ok: false,
        error: { code: 'unknown_method', message: 'Unknown request.' },
      })
      expect(snapshot()).toEqual(before)
    },
  )

  it('refuses a method name that is not a string', async () => {
    expect(await backend.dispatch(42 as unknown as string, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    })
  })
})

describe('unexpected failures', () => {
  it('answers with a generic message, keeps the details out of the renderer and logs them', async () => {
    const handlers = createHandlers(backend.repos, { dataDir: backend.dataDir, databaseFile: backend.databaseFile })
    const failure = new Error('disk on fire at /home/coach/secret')
    const dispatch = createDispatcher(
      {
        ...handlers,
        'athletes.list': () => {
          throw failure
        },
      },
      log,
    )
    const result = await dispatch('athletes.list', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong and nothing was saved. Please try again.' },
    })
    expect(JSON.stringify(result)).not.toContain('disk on fire')
    expect(log).toHaveBeenCalledWith('athletes.list failed', failure)
  })

  it('does the same for a real failure: the database closed under the back end', async () => {
    backend.db.close()
    const result = await backend.dispatch('athletes.list', { includeArchived: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(log).toHaveBeenCalledTimes(1)
    expect(log.mock.calls[0]?.[0]).toBe('athletes.list failed')
  })

  it('turns SQLite constraint errors into plain answers without logging them', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    db.exec(
      'CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p (id), n INTEGER CHECK (n < 10))',
    )
    const errorOf = (sql: string): unknown => {
      try {
        db.exec(sql)
      } catch (error) {
        return error
      }
      throw new Error('expected SQLite to refuse: ' + sql)
    }
    const logged = vi.fn()
    expect(toApiFailure(errorOf('INSERT INTO c (p, n) VALUES (7, 1)'), logged, 'runs.create')).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'A record this refers to no longer exists. Nothing was saved.' },
    })
    expect(toApiFailure(errorOf('INSERT INTO c (p, n) VALUES (NULL, 11)'), logged, 'runs.create')).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'Those values are not allowed together. Nothing was saved.' },
    })
    expect(logged).not.toHaveBeenCalled()
    db.close()
  })
})
