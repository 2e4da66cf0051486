// Each plan rule just below and just above its boundary, on planned data, and its one-click fix.
// TODAY is Wednesday 2026-03-25 (week of Monday 2026-03-23).
import { afterEach, describe, expect, it } from 'vitest'
import { call, cleanup } from '../../../../test/support'
import { day } from '../../../../test/guidance-fixtures'
import { onlyWarning, planScenario } from '../../../../test/plan-fixtures'
import { formatDate } from '#shared/text'

afterEach(cleanup)

describe('planned single-run spike (Frandsen 2025)', () => {
  it('stays quiet at exactly 110 % of the longest run done in the 30 days before', async () => {
    const s = await planScenario()
    await s.run(day(-20), { distanceM: 10_000, durationMin: 60 })
    await s.plan(day(3), { distanceM: 11_000, durationMin: 66 })
    expect(await s.warnings('plan_spike')).toEqual([])
  })

  it('warns at 111 % with the numbers and the source, and "shorten to the limit" clears it', async () => {
    const s = await planScenario()
    await s.run(day(-20), { distanceM: 10_000, durationMin: 60 })
    const planned = await s.plan(day(3), { distanceM: 11_100, durationMin: 66.6, runType: 'long' })
    const warning = onlyWarning(await s.warnings('plan_spike'))
    expect(warning).toMatchObject({
      level: 'caution',
      sessionId: planned.id,
      weekStart: '2026-03-23',
      title: 'Planned run is 111 % of the longest run before it',
      numbers: [
        'Planned: 11.1 km',
        `Longest done run in the 30 days before: 10.0 km on ${formatDate(day(-20))}`,
        'Limit (110 %): 11.0 km',
      ],
      fix: { label: 'Shorten to 11.0 km', sessionId: planned.id, patch: { distanceM: 11_000, durationMin: 66 } },
    })
    expect(warning.sources.map((x) => x.key)).toEqual(['frandsen-2025'])
    const fixed = await s.applyFix(warning)
    expect([fixed.distanceM, fixed.durationMin]).toEqual([11_000, 66])
    expect(await s.warnings('plan_spike')).toEqual([])
  })

  it('counts planned runs as the longest before a later planned run', async () => {
    const s = await planScenario()
    await s.run(day(-20), { distanceM: 8_000 })
    await s.plan(day(1), { distanceM: 8_800 })
    const later = await s.plan(day(8), { distanceM: 9_700 })
    const warning = onlyWarning(await s.warnings('plan_spike'))
    expect(warning.sessionId).toBe(later.id)
    expect(warning.numbers[1]).toBe(`Longest planned run in the 30 days before: 8.8 km on ${formatDate(day(1))}`)
  })
})

describe('planned week more than 30 % above two weeks before (Nielsen 2014)', () => {
  async function weeks(plannedM: number) {
    const s = await planScenario()
    // A week before the compared ones: the athlete's first week is never the base of a change.
    await s.run('2026-03-03', { distanceM: 10_000 })
    await s.run('2026-03-10', { distanceM: 10_000 })
    await s.run('2026-03-12', { distanceM: 10_000 })
    await s.run('2026-03-17', { distanceM: 20_000 })
    await s.run('2026-03-23', { distanceM: 10_000 })
    await s.plan('2026-03-27', { distanceM: plannedM })
    return s
  }

  it('stays quiet at exactly +30 % (26.0 km against 20.0 km)', async () => {
    const s = await weeks(16_000)
    expect(await s.warnings('plan_progression')).toEqual([])
  })

  it('warns at 26.1 km and offers to shorten the longest planned run to fit', async () => {
    const s = await weeks(16_100)
    const warning = onlyWarning(await s.warnings('plan_progression'))
    expect(warning.numbers).toEqual([
      'Week of Mon 23 Mar 2026 (done + planned): 26.1 km',
      'Week of Mon 9 Mar 2026: 20.0 km',
      'Limit (+30 %): 26.0 km',
    ])
    expect(warning.fix).toMatchObject({ patch: { distanceM: 16_000 } })
    await s.applyFix(warning)
    expect(await s.warnings('plan_progression')).toEqual([])
  })
})

describe('planned run longer than the pain-onset cap (seed 002)', () => {
  async function capped(minutes: number) {
    const s = await planScenario()
    await s.pain(day(-6), 3, { timing: 'during', onsetMinute: 30 })
    await s.pain(day(-3), 3, { timing: 'during', onsetMinute: 30 })
    await s.plan(day(2), { durationMin: minutes })
    return s
  }

  it('stays quiet at the 20-minute cap', async () => {
    expect(await (await capped(20)).warnings('plan_onset_cap')).toEqual([])
  })

  it('warns at 21 minutes and shortens to 20', async () => {
    const s = await capped(21)
    const warning = onlyWarning(await s.warnings('plan_onset_cap'))
    expect(warning.numbers).toEqual(['Planned: 21 min', 'Pain starts around minute 30', 'Cap: 20 min'])
    expect((await s.applyFix(warning)).durationMin).toBe(20)
    expect(await s.warnings('plan_onset_cap')).toEqual([])
  })
})

describe('run days while in pain (seed 001)', () => {
  async function days(planned: string[]) {
    const s = await planScenario()
    await s.pain(day(-1), 3)
    await s.run('2026-03-23')
    for (const date of planned) await s.plan(date)
    return s
  }

  it('stays quiet at 4 run days (1 done, 3 planned)', async () => {
    const s = await days(['2026-03-26', '2026-03-27', '2026-03-28'])
    expect(await s.warnings('plan_run_frequency')).toEqual([])
  })

  it('warns at 5 and turns the last planned run into cross-training', async () => {
    const s = await days(['2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'])
    const warning = onlyWarning(await s.warnings('plan_run_frequency'))
    expect(warning.numbers[0]).toBe('Run days in the week of Mon 23 Mar 2026 (done + planned): 5')
    expect((await s.applyFix(warning)).kind).toBe('cross_training')
    expect(await s.warnings('plan_run_frequency')).toEqual([])
  })

  it('says nothing about 5 run days without pain', async () => {
    const s = await planScenario()
    for (const date of ['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']) await s.plan(date)
    expect(await s.warnings('plan_run_frequency')).toEqual([])
  })
})

describe('strength sessions in a program week (seeds 003, 004)', () => {
  async function program(strength: number) {
    const s = await planScenario()
    const p = await call(s.backend, 'programs.create', {
      athleteId: s.athleteId,
      templateKey: 'core-stability',
      startDate: '2026-03-23',
    })
    s.backend.repos.db.prepare("UPDATE programs SET status = 'active' WHERE id = ?").run(p.id)
    await s.plan('2026-03-26')
    for (let i = 0; i < strength; i++) await s.plan(`2026-03-2${String(7 + i)}`, { kind: 'strength' })
    return s
  }

  it('stays quiet with 2 planned', async () => {
    expect(await (await program(2)).warnings('plan_strength_count')).toEqual([])
  })

  it('reminds with 1 planned, naming the program', async () => {
    const warning = onlyWarning(await (await program(1)).warnings('plan_strength_count'))
    expect(warning.numbers[0]).toBe('Strength sessions planned in the week of Mon 23 Mar 2026: 1')
    // The fix (strengthFix.test.ts): a free day as far from Friday's session as the week allows.
    expect(warning.fix?.label).toBe('Add a strength session on Wed 25 Mar 2026')
  })
})

describe('strength in the 4 hours before a run (seeds 003, 004)', () => {
  async function timed(strengthAt: string) {
    const s = await planScenario()
    await s.plan(day(1), { time: '10:00', durationMin: 45 })
    await s.plan(day(1), { kind: 'strength', time: strengthAt, durationMin: 30 })
    return s
  }

  it('stays quiet exactly 4 hours before', async () => {
    expect(await (await timed('06:00')).warnings('plan_strength_before_run')).toEqual([])
  })

  it('warns 3 h 59 min before and moves strength to 4 h after the run ends', async () => {
    const s = await timed('06:01')
    const warning = onlyWarning(await s.warnings('plan_strength_before_run'))
    expect(warning.fix).toMatchObject({ label: 'Move strength to 14:45', patch: { time: '14:45' } })
    expect((await s.applyFix(warning)).time).toBe('14:45')
    expect(await s.warnings('plan_strength_before_run')).toEqual([])
  })
})

describe('planned hard surfaces while in pain (seeds 001, 002)', () => {
  async function mix(roadM: number, trailM: number) {
    const s = await planScenario()
    await s.pain(day(-1), 3)
    await s.plan(day(1), { distanceM: roadM, surface: 'road' })
    await s.plan(day(3), { distanceM: trailM, surface: 'trail' })
    return s
  }

  it('stays quiet at 79 % on road', async () => {
    expect(await (await mix(7_900, 2_100)).warnings('plan_hard_surfaces')).toEqual([])
  })

  it('warns at 80 % and swaps the longest road run to trail', async () => {
    const s = await mix(8_000, 2_000)
    const warning = onlyWarning(await s.warnings('plan_hard_surfaces'))
    expect(warning.title).toBe('80 % of the planned distance on road or concrete')
    expect((await s.applyFix(warning)).surface).toBe('trail')
    expect(await s.warnings('plan_hard_surfaces')).toEqual([])
  })
})

describe('referral first', () => {
  it('holds the plan checks while a referral is open, with one line saying why', async () => {
    const s = await planScenario()
    await s.run(day(-20), { distanceM: 10_000 })
    await s.plan(day(3), { distanceM: 12_000 })
    expect(await s.warnings('plan_spike')).toHaveLength(1)
    await s.pain(day(-1), 4, { redFlags: ['bilateral_leg_weakness'] })
    expect(await s.warnings('plan_spike')).toEqual([])
    const week = await call(s.backend, 'plans.week', { athleteId: s.athleteId, weekStart: '2026-03-23', today: day(0) })
    expect(week.warnings).toEqual([])
    expect(week.held).toMatch(/^Plan checks are held while “.+” is open: deal with the referral first\./)
    expect(week.safety.notices.map((n) => n.kind)).toEqual(['refer_today'])
  })
})
