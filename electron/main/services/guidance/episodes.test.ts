import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { TODAY, day, scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('pain episodes', () => {
  it('joins reports at most 14 days apart and starts a new episode after a 15-day gap', async () => {
    const s = await scenario()
    const a = await s.pain(day(-60), 3)
    const b = await s.pain(day(-46), 5) // 14 days later: same episode
    const c = await s.pain(day(-31), 2) // 15 days later: a new one
    const d = await s.pain(day(-30), 4)
    expect(s.guidance.episodes(s.athleteId, TODAY)).toEqual([
      {
        athleteId: s.athleteId,
        start: day(-60),
        end: day(-46),
        reports: 2,
        reportIds: [a, b],
        worst: 5,
        days: 14,
        weeks: 2,
        open: false,
        closedOn: null,
      },
      {
        athleteId: s.athleteId,
        start: day(-31),
        end: day(-30),
        reports: 2,
        reportIds: [c, d],
        worst: 4,
        days: 1,
        weeks: 0.1,
        open: false,
        closedOn: null,
      },
    ])
  })

  it('ignores 0/10 reports: they neither start nor bridge an episode', async () => {
    const s = await scenario()
    await s.pain(day(-40), 3)
    await s.pain(day(-30), 0)
    await s.pain(day(-20), 0)
    await s.pain(day(-10), 2)
    const episodes = s.guidance.episodes(s.athleteId, TODAY)
    expect(episodes.map((e) => [e.start, e.end, e.reports])).toEqual([
      [day(-40), day(-40), 1],
      [day(-10), day(-10), 1],
    ])
  })

  it('is open while the last report is at most 14 days old', async () => {
    const s = await scenario()
    await s.pain(day(-20), 3)
    await s.pain(day(-14), 3)
    expect(s.guidance.episodes(s.athleteId, TODAY).map((e) => e.open)).toEqual([true])
    expect(s.guidance.episodes(s.athleteId, day(1)).map((e) => e.open)).toEqual([false])
  })

  it('lets the coach close an episode: later reports start a new one, and reopening joins them again', async () => {
    const s = await scenario()
    await s.pain(day(-12), 4)
    await s.pain(day(-8), 3)
    const closure = s.guidance.closeEpisode(s.athleteId, day(-8), 'Settled after physio')
    expect(closure).toMatchObject({ athleteId: s.athleteId, closedOn: day(-8), note: 'Settled after physio' })
    expect(s.guidance.episodes(s.athleteId, TODAY).map((e) => [e.start, e.end, e.open, e.closedOn])).toEqual([
      [day(-12), day(-8), false, day(-8)],
    ])

    await s.pain(day(-3), 2)
    expect(s.guidance.episodes(s.athleteId, TODAY).map((e) => [e.start, e.end, e.open, e.closedOn])).toEqual([
      [day(-12), day(-8), false, day(-8)],
      [day(-3), day(-3), true, null],
    ])

    expect(s.guidance.closures(s.athleteId).map((c) => c.id)).toEqual([closure.id])
    s.guidance.reopenEpisode(closure.id)
    expect(s.guidance.episodes(s.athleteId, TODAY).map((e) => [e.start, e.end, e.open, e.reports])).toEqual([
      [day(-12), day(-3), true, 3],
    ])
  })

  it('refuses a closing date that is not a date and an unknown athlete', async () => {
    const s = await scenario()
    expect(() => s.guidance.closeEpisode(s.athleteId, '2026-02-30')).toThrow('Use a date like 2026-03-31')
    expect(() => s.guidance.closeEpisode(9999, TODAY)).toThrow('That athlete was not found')
    expect(() => s.guidance.episodes(9999, TODAY)).toThrow('That athlete was not found')
  })
})
