// Runs and shoes through the dispatcher: load, order, undoable deletes, and shoe mileage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import type { MethodInput } from '#shared/contract'
import { call, cleanup, digest, rowCounts, tempBackend } from '../../../../test/support'

let backend: Backend
let zoe: number
let ana: number

beforeEach(async () => {
  backend = await tempBackend()
  zoe = (await call(backend, 'athletes.create', { name: 'Zoë Ñúñez 山田' })).id
  ana = (await call(backend, 'athletes.create', { name: 'Ana' })).id
})

afterEach(cleanup)

const logRun = (fields: Partial<MethodInput<'runs.create'>> = {}) =>
  call(backend, 'runs.create', { athleteId: zoe, date: '2026-03-01', durationMin: 45, ...fields })

describe('runs', () => {
  it('computes the session load as duration × RPE, and leaves it empty until the RPE is known', async () => {
    expect((await logRun({ rpe: 6 })).load).toBe(270)
    expect((await logRun({ durationMin: 30.5, rpe: 10 })).load).toBe(305)
    expect((await logRun({ rpe: 0 })).load).toBe(0)
    expect((await logRun({ rpe: null })).load).toBeNull()
    expect((await logRun()).load).toBeNull()
  })

  it('stores every field as entered, with the documented defaults', async () => {
    const run = await logRun({
      startTime: '07:30',
      distanceM: 10_000,
      rpe: 6,
      type: 'tempo',
      surface: 'trail',
      cadenceSpm: 172,
      elevationGainM: 250,
      temperatureC: -3.5,
      notes: '  Felt strong 💪  ',
    })
    expect(run).toEqual({
      id: run.id,
      athleteId: zoe,
      date: '2026-03-01',
      startTime: '07:30',
      durationMin: 45,
      distanceM: 10_000,
      rpe: 6,
      type: 'tempo',
      surface: 'trail',
      shoeId: null,
      cadenceSpm: 172,
      elevationGainM: 250,
      temperatureC: -3.5,
      notes: 'Felt strong 💪',
      source: 'manual',
      sourceFile: null,
      // Typed by hand: on this computer's clock (the unit tests run with TZ=UTC), no offset of its own.
      startUtc: '2026-03-01T07:30:00Z',
      utcOffsetMin: null,
      load: 270,
    })
    expect(await logRun()).toMatchObject({
      type: 'easy',
      distanceM: null,
      rpe: null,
      surface: null,
      startTime: null,
      startUtc: null,
    })
  })

  it('lists an athlete’s runs newest first, and only theirs', async () => {
    await logRun({ date: '2026-03-01', notes: 'a' })
    await logRun({ date: '2026-03-05', notes: 'b' })
    await logRun({ date: '2026-03-03', startTime: '06:00', notes: 'c' })
    await logRun({ date: '2026-03-03', startTime: '19:00', notes: 'd' })
    await logRun({ athleteId: ana, date: '2026-03-09', notes: 'ana' })
    expect((await call(backend, 'runs.list', { athleteId: zoe })).map((r) => r.notes)).toEqual(['b', 'd', 'c', 'a'])
    expect((await call(backend, 'runs.list', { athleteId: ana })).map((r) => r.notes)).toEqual(['ana'])
  })

  it('updates a run and recomputes its load', async () => {
    const run = await logRun({ rpe: 6 })
    const updated = await call(backend, 'runs.update', { id: run.id, date: '2026-03-02', durationMin: 60, rpe: 7 })
    expect(updated).toMatchObject({
      id: run.id,
      athleteId: zoe,
      date: '2026-03-02',
      durationMin: 60,
      rpe: 7,
      load: 420,
    })
  })

  it('hides a deleted run and brings it back unchanged on undo', async () => {
    const run = await logRun({ rpe: 6, distanceM: 9000, surface: 'road', notes: 'Hills' })
    expect(await call(backend, 'runs.delete', { id: run.id })).toEqual({ id: run.id })
    expect(await call(backend, 'runs.list', { athleteId: zoe })).toEqual([])
    expect(await call(backend, 'runs.restore', { id: run.id })).toEqual(run)
    expect(await call(backend, 'runs.list', { athleteId: zoe })).toEqual([run])
    // Restoring a run that was never deleted simply returns it.
    expect(await call(backend, 'runs.restore', { id: run.id })).toEqual(run)
  })
})

describe('shoes', () => {
  const addShoe = (fields: Partial<MethodInput<'shoes.create'>> = {}) =>
    call(backend, 'shoes.create', { athleteId: zoe, name: 'Pegasus 41', startDate: '2026-01-01', ...fields })

  it('counts the initial distance plus every run in the shoe, ignoring deleted runs', async () => {
    const shoe = await addShoe({ initialDistanceM: 120_000 })
    expect(shoe).toMatchObject({ usedDistanceM: 120_000, runCount: 0, replaceThresholdM: 800_000, retiredDate: null })
    await logRun({ shoeId: shoe.id, distanceM: 10_000 })
    await logRun({ shoeId: shoe.id, distanceM: 5_500.5 })
    await logRun({ shoeId: shoe.id, distanceM: null })
    const deleted = await logRun({ shoeId: shoe.id, distanceM: 42_195 })
    await logRun({ distanceM: 7_000 })
    await call(backend, 'runs.delete', { id: deleted.id })

    const [listed] = await call(backend, 'shoes.list', { athleteId: zoe })
    expect(listed).toMatchObject({ id: shoe.id, usedDistanceM: 135_500.5, runCount: 3 })

    await call(backend, 'runs.restore', { id: deleted.id })
    expect((await call(backend, 'shoes.list', { athleteId: zoe }))[0]).toMatchObject({
      usedDistanceM: 177_695.5,
      runCount: 4,
    })
  })

  it('refuses a run in another athlete’s shoe, naming the shoe field, and saves nothing', async () => {
    const anasShoe = await addShoe({ athleteId: ana, name: 'Ana’s Clifton' })
    const snapshot = () => ({ counts: rowCounts(backend.db), digest: digest(backend.db) })
    const inAnasShoe = { date: '2026-03-01', durationMin: 30, shoeId: anasShoe.id }
    const refused = {
      ok: false,
      error: { code: 'invalid', message: 'That shoe belongs to another athlete.', field: 'shoeId' },
    }

    const empty = snapshot()
    expect(await backend.dispatch('runs.create', { athleteId: zoe, ...inAnasShoe })).toEqual(refused)
    expect(snapshot()).toEqual(empty)

    const run = await logRun()
    const logged = snapshot()
    expect(await backend.dispatch('runs.update', { id: run.id, ...inAnasShoe })).toEqual(refused)
    expect(snapshot()).toEqual(logged)
    expect(logged.counts.runs).toBe(1)
  })

  it('lists shoes in use before retired ones, and keeps the runs when a shoe is deleted', async () => {
    const retired = await addShoe({ name: 'Old pair', startDate: '2025-01-01', retiredDate: '2025-12-31' })
    const older = await addShoe({ name: 'Older in use', startDate: '2025-06-01' })
    const newer = await addShoe({ name: 'Newer in use', startDate: '2026-02-01' })
    expect((await call(backend, 'shoes.list', { athleteId: zoe })).map((s) => s.id)).toEqual([
      newer.id,
      older.id,
      retired.id,
    ])

    const run = await logRun({ shoeId: newer.id, distanceM: 8000 })
    expect(await call(backend, 'shoes.delete', { id: newer.id })).toEqual({ id: newer.id })
    expect(await call(backend, 'runs.list', { athleteId: zoe })).toEqual([{ ...run, shoeId: null }])
  })

  it('updates a shoe and retires it', async () => {
    const shoe = await addShoe()
    const updated = await call(backend, 'shoes.update', {
      id: shoe.id,
      name: 'Pegasus 41 (blue)',
      startDate: '2026-01-01',
      retiredDate: '2026-03-01',
      replaceThresholdM: 600_000,
    })
    expect(updated).toMatchObject({
      id: shoe.id,
      name: 'Pegasus 41 (blue)',
      retiredDate: '2026-03-01',
      replaceThresholdM: 600_000,
    })
  })
})
