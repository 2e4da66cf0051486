// Compliance of planned strength and mobility sessions: done when a session of that kind was logged or
// ticked on the program sheet that day, else the nearest within a day that no other plan claimed; two
// days off is missed; a day with a log and a tick counts once; today's is due only once one is in.
import { afterEach, describe, expect, it } from 'vitest'
import type { PlanWeek } from '#shared/planning'
import { call, cleanup } from '../../../../test/support'
import { planScenario, type PlanScenario } from '../../../../test/plan-fixtures'

afterEach(cleanup)

const MONDAY = '2026-03-23'
const THURSDAY = '2026-03-26'

async function weekOf(s: PlanScenario, today = THURSDAY): Promise<PlanWeek> {
  return call(s.backend, 'plans.week', { athleteId: s.athleteId, weekStart: MONDAY, today })
}

const statusOf = (week: PlanWeek, id: number) => {
  const c = week.compliance.sessions.find((x) => x.sessionId === id)
  return c && [c.status, c.doneOn, c.via]
}

async function log(s: PlanScenario, date: string, kind: 'strength' | 'mobility' | 'warmup' = 'strength') {
  await call(s.backend, 'sessions.create', { athleteId: s.athleteId, date, kind })
}

describe('strength and mobility against the plan', () => {
  it('counts a session of the same kind that day or a day either side, and misses one two days off', async () => {
    const s = await planScenario()
    const sameDay = await s.plan('2026-03-23', { kind: 'strength' })
    const dayAfter = await s.plan('2026-03-24', { kind: 'mobility' })
    const twoDaysOff = await s.plan('2026-03-23', { kind: 'mobility' })
    const otherKind = await s.plan('2026-03-25', { kind: 'strength' })
    await log(s, '2026-03-23', 'strength')
    await log(s, '2026-03-25', 'mobility')
    await log(s, '2026-03-25', 'warmup')

    const week = await weekOf(s)
    expect(statusOf(week, sameDay.id)).toEqual(['done', '2026-03-23', 'logged'])
    expect(statusOf(week, dayAfter.id)).toEqual(['done', '2026-03-25', 'logged'])
    // Mobility on Wednesday is two days from Monday's plan (and Tuesday's already has it): missed.
    expect(statusOf(week, twoDaysOff.id)).toEqual(['missed', null, null])
    // A mobility session or a warm-up is not the strength session planned.
    expect(statusOf(week, otherKind.id)).toEqual(['missed', null, null])
    expect(week.compliance).toMatchObject({ due: 4, inBand: 2, pct: 50 })
  })

  it('claims each session once: two plans on consecutive days and one session done', async () => {
    const s = await planScenario()
    const monday = await s.plan('2026-03-23', { kind: 'strength' })
    const tuesday = await s.plan('2026-03-24', { kind: 'strength' })
    await log(s, '2026-03-23')
    const week = await weekOf(s)
    expect(statusOf(week, monday.id)).toEqual(['done', '2026-03-23', 'logged'])
    expect(statusOf(week, tuesday.id)).toEqual(['missed', null, null])
  })

  it('counts a tick on the program sheet, and a day with a tick and a log once', async () => {
    const s = await planScenario()
    const program = await call(s.backend, 'programs.create', {
      athleteId: s.athleteId,
      templateKey: 'return-to-running',
      startDate: MONDAY,
    })
    const first = await s.plan('2026-03-24', { kind: 'strength' })
    const second = await s.plan('2026-03-24', { kind: 'strength' })
    s.backend.repos.programs.setTick(program.id, 1, '1-strength-1', '2026-03-24', true)
    let week = await weekOf(s)
    expect(statusOf(week, first.id)).toEqual(['done', '2026-03-24', 'ticked'])
    expect(statusOf(week, second.id)).toEqual(['missed', null, null])

    // The coach logs the same Tuesday's session as well: still one session that day.
    await log(s, '2026-03-24')
    week = await weekOf(s)
    expect(statusOf(week, first.id)).toEqual(['done', '2026-03-24', 'logged'])
    expect(statusOf(week, second.id)).toEqual(['missed', null, null])
    const team = await call(s.backend, 'plans.teamCompliance', { weekStart: MONDAY, today: THURSDAY })
    expect(team[s.athleteId]).toBe(50)
  })

  it("keeps today's session upcoming until one of its kind is in, then counts it with the runs", async () => {
    const s = await planScenario()
    const strength = await s.plan(THURSDAY, { kind: 'strength' })
    const run = await s.plan('2026-03-24', { distanceM: 10_000 })
    await s.run('2026-03-24', { distanceM: 10_000 })
    let week = await weekOf(s)
    expect(statusOf(week, strength.id)).toEqual(['upcoming', null, null])
    expect(week.compliance).toMatchObject({ due: 1, inBand: 1, pct: 100 })

    await log(s, THURSDAY)
    week = await weekOf(s)
    expect(statusOf(week, strength.id)).toEqual(['done', THURSDAY, 'logged'])
    expect(statusOf(week, run.id)?.[0]).toBe('done')
    expect(week.compliance).toMatchObject({ due: 2, inBand: 2, pct: 100 })
  })
})
