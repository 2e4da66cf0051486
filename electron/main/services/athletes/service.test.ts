// Athletes, their groups and the roster, exercised through the dispatcher the way the renderer calls them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { call, cleanup, tempBackend } from '../../../../test/support'

let backend: Backend

beforeEach(async () => {
  backend = await tempBackend()
})

afterEach(cleanup)

const roster = async (includeArchived = false) =>
  (await call(backend, 'athletes.list', { includeArchived })).map((a) => a.name)

describe('athletes and groups', () => {
  it('creates an athlete with defaults and groups, and lists the groups with their counts', async () => {
    const zoe = await call(backend, 'athletes.create', { name: '  Zoë Ñúñez 山田  ', groups: ['Road 10k', 'Trail'] })
    expect(zoe).toMatchObject({
      name: 'Zoë Ñúñez 山田',
      birthYear: null,
      sex: null,
      experience: 'experienced',
      runDaysPerWeek: 3,
      goal: '',
      notes: '',
      groups: ['Road 10k', 'Trail'],
      archived: false,
    })
    expect(zoe.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    await call(backend, 'athletes.create', { name: 'Ana', groups: ['trail'] })

    const listed = await call(backend, 'athletes.list', {})
    expect(listed.map((a) => [a.name, a.groups])).toEqual([
      ['Ana', ['Trail']],
      ['Zoë Ñúñez 山田', ['Road 10k', 'Trail']],
    ])
    // Group names are matched without regard to case: 'trail' joined the existing 'Trail'.
    expect(await call(backend, 'groups.list', {})).toEqual([
      { id: expect.any(Number), name: 'Road 10k', athleteCount: 1 },
      { id: expect.any(Number), name: 'Trail', athleteCount: 2 },
    ])
  })

  it('replaces the groups on update, and a group nobody is in any more disappears', async () => {
    const zoe = await call(backend, 'athletes.create', { name: 'Zoë', groups: ['Road 10k', 'Trail'] })
    const updated = await call(backend, 'athletes.update', {
      id: zoe.id,
      name: 'Zoë N.',
      birthYear: 1990,
      sex: 'female',
      experience: 'returning',
      runDaysPerWeek: 5,
      goal: 'Trail 30k in June',
      groups: ['Marathon'],
    })
    expect(updated).toMatchObject({
      id: zoe.id,
      name: 'Zoë N.',
      birthYear: 1990,
      sex: 'female',
      experience: 'returning',
      runDaysPerWeek: 5,
      goal: 'Trail 30k in June',
      groups: ['Marathon'],
    })
    expect((await call(backend, 'groups.list', {})).map((g) => g.name)).toEqual(['Marathon'])

    await call(backend, 'athletes.update', { id: zoe.id, name: 'Zoë N.', groups: [] })
    expect(await call(backend, 'groups.list', {})).toEqual([])
    expect(await call(backend, 'athletes.get', { id: zoe.id })).toMatchObject({ groups: [] })
  })

  it('archives an athlete out of the roster and restores them with everything kept', async () => {
    const zoe = await call(backend, 'athletes.create', { name: 'Zoë', groups: ['Trail'] })
    await call(backend, 'athletes.create', { name: 'Ana', groups: ['Trail'] })
    await call(backend, 'runs.create', { athleteId: zoe.id, date: '2026-03-01', durationMin: 40 })

    expect(await call(backend, 'athletes.archive', { id: zoe.id })).toMatchObject({ id: zoe.id, archived: true })
    expect(await roster()).toEqual(['Ana'])
    expect(await roster(true)).toEqual(['Ana', 'Zoë'])
    // The archived athlete no longer counts in the group, but keeps membership for when they come back.
    expect(await call(backend, 'groups.list', {})).toMatchObject([{ name: 'Trail', athleteCount: 1 }])

    expect(await call(backend, 'athletes.restore', { id: zoe.id })).toMatchObject({
      archived: false,
      groups: ['Trail'],
    })
    expect(await roster()).toEqual(['Ana', 'Zoë'])
    expect(await call(backend, 'groups.list', {})).toMatchObject([{ name: 'Trail', athleteCount: 2 }])
    expect(await call(backend, 'runs.list', { athleteId: zoe.id })).toHaveLength(1)
  })

  it('keeps an archived athlete archived when archived twice, and restoring an active one changes nothing', async () => {
    const zoe = await call(backend, 'athletes.create', { name: 'Zoë' })
    await call(backend, 'athletes.archive', { id: zoe.id })
    expect(await call(backend, 'athletes.archive', { id: zoe.id })).toMatchObject({ archived: true })
    await call(backend, 'athletes.restore', { id: zoe.id })
    expect(await call(backend, 'athletes.restore', { id: zoe.id })).toMatchObject({ archived: false })
  })

  it('sorts the roster by name the way a person would, whatever the case or accents', async () => {
    for (const name of ['zed', 'Ana', 'bea', 'Émile']) await call(backend, 'athletes.create', { name })
    expect(await roster()).toEqual(['Ana', 'bea', 'Émile', 'zed'])
  })
})

describe('roster summary', () => {
  it('shows the newest run and pain report that have not been deleted', async () => {
    const zoe = await call(backend, 'athletes.create', { name: 'Zoë' })
    const ana = await call(backend, 'athletes.create', { name: 'Ana' })
    const run = (date: string, distanceM: number | null, startTime: string | null = null) =>
      call(backend, 'runs.create', { athleteId: zoe.id, date, durationMin: 40, distanceM, startTime })
    await run('2026-03-01', 8000)
    await run('2026-03-03', 5000, '06:30')
    await run('2026-03-03', 12000, '18:00')
    const newest = await run('2026-03-04', 3000)
    const pain = (date: string, score: number) =>
      call(backend, 'pain.report', { athleteId: zoe.id, date, score, timing: 'after' })
    await pain('2026-03-02', 6)
    const newestPain = await pain('2026-03-03', 0)

    const summaryOf = async (name: string) => (await call(backend, 'athletes.list', {})).find((a) => a.name === name)
    expect(await summaryOf('Zoë')).toMatchObject({
      lastRunDate: '2026-03-04',
      lastRunDistanceM: 3000,
      lastPainScore: 0,
      lastPainDate: '2026-03-03',
    })
    expect(await summaryOf('Ana')).toMatchObject({
      id: ana.id,
      lastRunDate: null,
      lastRunDistanceM: null,
      lastPainScore: null,
      lastPainDate: null,
    })

    await call(backend, 'runs.delete', { id: newest.id })
    await call(backend, 'pain.delete', { id: newestPain.id })
    expect(await summaryOf('Zoë')).toMatchObject({
      lastRunDate: '2026-03-03',
      lastRunDistanceM: 12000,
      lastPainScore: 6,
      lastPainDate: '2026-03-02',
    })
  })
})
