// The history of edits: each edit that changes something keeps the fields it changed, newest first,
// written with the edit; an edit that fails writes no history.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { call, cleanup, tempBackend } from '../../../../test/support'

let backend: Backend
let zoe: number

beforeEach(async () => {
  backend = await tempBackend()
  zoe = (await call(backend, 'athletes.create', { name: 'Zoë' })).id
})

afterEach(cleanup)

describe('record edit history', () => {
  it('keeps what each edit of a run changed, newest first, and nothing for an edit that changes nothing', async () => {
    const run = await call(backend, 'runs.create', { athleteId: zoe, date: '2026-03-01', durationMin: 45, rpe: 4 })
    const same = { date: '2026-03-01', durationMin: 45, rpe: 4 }
    await call(backend, 'runs.update', { id: run.id, ...same, rpe: 7 })
    await call(backend, 'runs.update', { id: run.id, ...same, rpe: 7, type: 'tempo' })
    await call(backend, 'runs.update', { id: run.id, ...same, rpe: 7, type: 'tempo' })

    const edits = await call(backend, 'edits.list', { recordType: 'run', recordId: run.id })
    expect(edits.map((e) => e.changes)).toEqual([
      [{ field: 'type', before: 'easy', after: 'tempo' }],
      [
        { field: 'rpe', before: 4, after: 7 },
        { field: 'load', before: 180, after: 315 },
      ],
    ])
    expect(edits[0]).toMatchObject({ recordType: 'run', recordId: run.id, athleteId: zoe })
    expect(edits[0]?.uuid).toMatch(/^[0-9a-f-]{36}$/)
    expect(backend.db.prepare('SELECT updated_at IS NOT NULL AS stamped FROM record_edits').all()).toEqual([
      { stamped: 1 },
      { stamped: 1 },
    ])
  })

  it('keeps the edits of pain reports, assessments, shoes and sessions apart from each other', async () => {
    const pain = await call(backend, 'pain.report', { athleteId: zoe, date: '2026-03-02', score: 3, timing: 'after' })
    await call(backend, 'pain.update', { id: pain.id, date: '2026-03-02', score: 5, timing: 'after' })
    const shoe = await call(backend, 'shoes.create', { athleteId: zoe, name: 'Pegasus', startDate: '2026-01-01' })
    await call(backend, 'shoes.update', { id: shoe.id, name: 'Pegasus 41', startDate: '2026-01-01' })
    const session = await call(backend, 'sessions.create', { athleteId: zoe, date: '2026-03-03' })
    await call(backend, 'sessions.update', { id: session.id, date: '2026-03-03', completedExercises: ['Plank'] })

    const changes = async (recordType: 'pain' | 'shoe' | 'session' | 'assessment', recordId: number) =>
      (await call(backend, 'edits.list', { recordType, recordId })).map((e) => e.changes)
    expect(await changes('pain', pain.id)).toEqual([[{ field: 'score', before: 3, after: 5 }]])
    expect(await changes('shoe', shoe.id)).toEqual([[{ field: 'name', before: 'Pegasus', after: 'Pegasus 41' }]])
    expect(await changes('session', session.id)).toEqual([
      [{ field: 'completedExercises', before: [], after: ['Plank'] }],
    ])
    expect(await changes('assessment', pain.id)).toEqual([])
  })

  it('writes no history for an edit that is refused', async () => {
    const run = await call(backend, 'runs.create', { athleteId: zoe, date: '2026-03-01', durationMin: 45 })
    const other = (await call(backend, 'athletes.create', { name: 'Ana' })).id
    const theirShoe = await call(backend, 'shoes.create', { athleteId: other, name: 'Theirs', startDate: '2026-01-01' })
    const answer = await backend.dispatch('runs.update', {
      id: run.id,
      date: '2026-03-01',
      durationMin: 50,
      shoeId: theirShoe.id,
    })
    expect(answer.ok).toBe(false)
    expect(await call(backend, 'edits.list', { recordType: 'run', recordId: run.id })).toEqual([])
    expect(backend.db.prepare('SELECT duration_min FROM runs').get()).toEqual({ duration_min: 45 })
  })
})
