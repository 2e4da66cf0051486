import { afterEach, describe, expect, it } from 'vitest'
import { call, cleanup } from '../../../../test/support'
import { TODAY, day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('shoe distance', () => {
  it('stays quiet at 479.9 km and informs at 480 km (60 % of the default 800 km)', async () => {
    const s = await scenario()
    const id = await s.shoe('Pegasus 41', { initialDistanceM: 479_900 })
    expect(s.alerts('shoes')).toEqual([])

    await call(s.backend, 'shoes.update', {
      id,
      name: 'Pegasus 41',
      startDate: day(-200),
      initialDistanceM: 470_000,
    })
    const run = await s.run(day(-1), { distanceM: 10_000, durationMin: 55, shoeId: id })
    const alert = only(s.alerts('shoes'))
    expect(alert.level).toBe('info')
    expect(alert.key).toBe(`shoes:${String(s.athleteId)}:shoe-${String(id)}-warn`)
    expect(alert.title).toBe('Pegasus 41 is getting worn')
    expect(alert.message).toBe('Pegasus 41 has 480.0 km on it; it reaches its replace distance at 800.0 km.')
    expect(alert.evidence).toEqual([
      { kind: 'shoe', id, date: day(-200), label: 'Pegasus 41', value: '480.0 km of 800.0 km (60 %)' },
      { kind: 'metric', id: null, date: null, label: 'Runs logged in this shoe', value: '1' },
      { kind: 'metric', id: null, date: null, label: 'Distance before it was logged', value: '470.0 km' },
    ])
    expect(alert.proposal).toBeNull()
    expect(sourceKeys(alert)).toEqual(['seed-004', 'seed-002'])
    expect(run).toBeGreaterThan(0)
  })

  it('informs at 799.9 km and asks for a replacement at 800 km', async () => {
    const s = await scenario()
    await s.shoe('Old pair', { initialDistanceM: 799_900 })
    expect(only(s.alerts('shoes')).level).toBe('info')

    const s2 = await scenario()
    const id = await s2.shoe('Worn pair', { initialDistanceM: 800_000 })
    const alert = only(s2.alerts('shoes'))
    expect(alert.level).toBe('caution')
    expect(alert.title).toBe('Replace Worn pair')
    expect(alert.key).toBe(`shoes:${String(s2.athleteId)}:shoe-${String(id)}-replace`)
    expect(alert.proposal).toEqual({
      kind: 'replace_shoe',
      shoeId: id,
      shoeName: 'Worn pair',
      usedDistanceM: 800_000,
      replaceDistanceM: 800_000,
    })
  })

  it('suggests a stability shoe when the latest assessment with a foot type says overpronation', async () => {
    const s = await scenario()
    await s.shoe('Ghost', { initialDistanceM: 500_000 })
    const assessment = await s.assessment(day(-30), { footType: 'overpronation' })
    await s.assessment(day(-5), { plankSec: 60 }) // no foot type: does not hide the earlier finding
    const alert = only(s.alerts('shoes'))
    expect(alert.advice).toContain('a stability shoe may suit the next pair better')
    expect(alert.evidence.at(-1)).toEqual({
      kind: 'assessment',
      id: assessment,
      date: day(-30),
      label: 'Foot type',
      value: 'Overpronation',
    })
    expect(sourceKeys(alert)).toEqual(['seed-004', 'seed-002', 'seed-001'])
  })

  it('scales with a per-shoe replace distance and speaks miles when the coach uses them', async () => {
    const s = await scenario()
    await call(s.backend, 'settings.update', { units: 'mi' })
    // As the form stores them: 300 mi and 500 mi in whole metres. The warning comes at 300 mi.
    await s.shoe('Trail pair', { initialDistanceM: 482_803, replaceThresholdM: 804_672 })
    await s.shoe('Road pair', { initialDistanceM: 482_802, replaceThresholdM: 804_672 }) // one metre short
    const alert = only(s.alerts('shoes'))
    expect(alert.level).toBe('info')
    expect(alert.message).toBe('Trail pair has 300.0 mi on it; it reaches its replace distance at 500.0 mi.')
  })

  it('ignores retired shoes, shoes not yet started, and runs after the day evaluated', async () => {
    const s = await scenario()
    await s.shoe('Retired', { initialDistanceM: 900_000, retiredDate: day(0) })
    await s.shoe('Next pair', { initialDistanceM: 900_000, startDate: day(2) })
    const id = await s.shoe('Current', { initialDistanceM: 475_000 })
    await s.run(day(1), { distanceM: 10_000, durationMin: 55, shoeId: id })
    expect(s.alerts('shoes', TODAY)).toEqual([])
    expect(s.alerts('shoes', day(1)).map((a) => a.evidence[0]?.label)).toEqual(['Current'])
  })
})
