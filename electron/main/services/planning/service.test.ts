// Planned sessions as the calendar writes them: tombstone deletes that can be undone, run fields kept
// only on runs, copying a week, a template scaled to each athlete, and what the database refuses.
import { afterEach, describe, expect, it } from 'vitest'
import { PLAN_KINDS } from '#shared/enums'
import { call, cleanup } from '../../../../test/support'
import { planScenario } from '../../../../test/plan-fixtures'

afterEach(cleanup)

describe('planned sessions', () => {
  it('deletes as a tombstone with a new updated_at, and restores', async () => {
    const s = await planScenario()
    const planned = await s.plan('2026-03-26', { distanceM: 8_000 })
    expect(planned.uuid).toMatch(/^[0-9a-f-]{36}$/)
    await call(s.backend, 'plans.delete', { id: planned.id })
    const list = () => call(s.backend, 'plans.list', { athleteId: s.athleteId, from: '2026-03-23', to: '2026-03-29' })
    expect(await list()).toEqual([])
    const row = s.backend.repos.db
      .prepare<[number], { deleted_at: string | null; updated_at: string }>(
        'SELECT deleted_at, updated_at FROM planned_sessions WHERE id = ?',
      )
      .get(planned.id)
    expect(row?.deleted_at).not.toBeNull()
    expect(row?.updated_at).toBe(row?.deleted_at)
    const back = await call(s.backend, 'plans.restore', { id: planned.id })
    expect(back).toMatchObject({ id: planned.id, uuid: planned.uuid, distanceM: 8_000 })
    expect((await list()).map((p) => p.id)).toEqual([planned.id])
  })

  it('keeps run fields only on a run: a run made rest loses its distance, surface and time', async () => {
    const s = await planScenario()
    const run = await s.plan('2026-03-26', { distanceM: 8_000, surface: 'road', rpe: 5, durationMin: 45 })
    const { uuid: _u, athleteId: _a, load: _l, updatedAt: _t, ...fields } = run
    const rest = await call(s.backend, 'plans.update', { ...fields, kind: 'rest' })
    expect(rest).toMatchObject({
      kind: 'rest',
      distanceM: null,
      surface: null,
      durationMin: null,
      rpe: null,
      runType: null,
    })
  })

  it("refuses another athlete's shoe next to the shoe field", async () => {
    const s = await planScenario()
    const other = await call(s.backend, 'athletes.create', { name: 'Other' })
    const shoe = await call(s.backend, 'shoes.create', { athleteId: other.id, name: 'Theirs', startDate: '2026-01-01' })
    const result = await s.backend.dispatch('plans.create', {
      athleteId: s.athleteId,
      date: '2026-03-26',
      durationMin: 30,
      shoeId: shoe.id,
    })
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'That shoe belongs to another athlete.', field: 'shoeId' },
    })
  })

  it('copies a week to the same weekdays and times of another week', async () => {
    const s = await planScenario()
    await s.plan('2026-03-24', { time: '07:00', distanceM: 6_000 })
    await s.plan('2026-03-29', { kind: 'strength', durationMin: 30 })
    const copies = await call(s.backend, 'plans.copyWeek', {
      athleteId: s.athleteId,
      fromWeek: '2026-03-23',
      toWeek: '2026-04-06',
    })
    expect(copies.map((c) => [c.date, c.time, c.kind, c.distanceM])).toEqual([
      ['2026-04-07', '07:00', 'run', 6_000],
      ['2026-04-12', null, 'strength', null],
    ])
  })

  it('has a CHECK for exactly the kinds the form offers', async () => {
    const s = await planScenario()
    const insert = (kind: string) =>
      s.backend.repos.db
        .prepare(
          `INSERT INTO planned_sessions (uuid, athlete_id, date, kind) VALUES (lower(hex(randomblob(18))), ?, '2026-03-26', ?)`,
        )
        .run(s.athleteId, kind)
    for (const kind of PLAN_KINDS) expect(() => insert(kind)).not.toThrow()
    expect(() => insert('swim')).toThrow(/CHECK/)
  })
})

describe('week template for a group', () => {
  it("scales the template to each athlete's last 4 weeks by the coach's factor, and says who was skipped", async () => {
    const s = await planScenario('Coach template')
    const group = async (name: string) => call(s.backend, 'athletes.create', { name, groups: ['Road'] })
    await call(s.backend, 'athletes.update', { id: s.athleteId, name: 'Coach template', groups: ['Road'] })
    const steady = await group('Steady')
    await group('Fresh')
    // Steady: 20 km a week for the 4 weeks before 2026-04-06.
    for (const date of ['2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'])
      await call(s.backend, 'runs.create', { athleteId: steady.id, date, durationMin: 100, distanceM: 20_000 })
    await s.plan('2026-03-24', { distanceM: 10_000, durationMin: 60 })
    await s.plan('2026-03-28', { distanceM: 15_000, durationMin: 90 })
    await s.plan('2026-03-26', { kind: 'strength', durationMin: 30 })
    const groupId = (await call(s.backend, 'groups.list', {})).find((g) => g.name === 'Road')?.id ?? 0
    const result = await call(s.backend, 'plans.applyTemplate', {
      groupId,
      fromAthleteId: s.athleteId,
      fromWeek: '2026-03-23',
      toWeek: '2026-04-06',
      factor: 1.1,
    })
    expect(result.applied).toEqual([
      { athleteId: steady.id, name: 'Steady', sessions: 3, scale: (20_000 * 1.1) / 25_000 },
    ])
    expect(result.skipped.map((x) => [x.name, x.reason])).toEqual([
      ['Coach template', 'the template is their own week'],
      ['Fresh', 'no run with a distance in the 4 weeks before'],
    ])
    const planned = await call(s.backend, 'plans.list', { athleteId: steady.id, from: '2026-04-06', to: '2026-04-12' })
    expect(planned.map((p) => [p.date, p.kind, p.distanceM, p.durationMin])).toEqual([
      ['2026-04-07', 'run', 8_800, 53],
      ['2026-04-09', 'strength', null, 30],
      ['2026-04-11', 'run', 13_200, 79],
    ])
  })
})
