// The one-click fix for "fewer than 2 strength sessions in a program week": it adds a strength session on
// a day with no run (the furthest from the week's other strength days), else 4 h after a timed run ends,
// never in the 4 hours before another run and never past 23:45; the rule "strength before a run" stays
// quiet on what it adds. TODAY is Wednesday 2026-03-25 (week of Monday 2026-03-23).
import { afterEach, describe, expect, it } from 'vitest'
import { call, cleanup } from '../../../../test/support'
import { onlyWarning, planScenario, type PlanScenario } from '../../../../test/plan-fixtures'

afterEach(cleanup)

async function onProgram(): Promise<PlanScenario> {
  const s = await planScenario()
  const p = await call(s.backend, 'programs.create', {
    athleteId: s.athleteId,
    templateKey: 'core-stability',
    startDate: '2026-03-23',
  })
  s.backend.repos.db.prepare("UPDATE programs SET status = 'active' WHERE id = ?").run(p.id)
  return s
}

/** Thursday to Sunday filled: a timed run Thursday, an untimed run Friday, rest Saturday, strength Sunday. */
async function busyWeek(wednesday: { time: string; durationMin: number }[]): Promise<PlanScenario> {
  const s = await onProgram()
  for (const run of wednesday) await s.plan('2026-03-25', run)
  await s.plan('2026-03-26', { time: '07:00', durationMin: 40 })
  await s.plan('2026-03-27', { durationMin: 40 })
  await s.plan('2026-03-28', { kind: 'rest' })
  await s.plan('2026-03-29', { kind: 'strength', durationMin: 40 })
  return s
}

const fixOf = async (s: PlanScenario) => onlyWarning(await s.warnings('plan_strength_count'))

describe('"Add a strength session" for a program week short of strength', () => {
  it("adds it on a free day, with the length of the week's other strength session; both rules then stay quiet", async () => {
    const s = await onProgram()
    await s.plan('2026-03-26', { time: '07:00' })
    await s.plan('2026-03-27', { kind: 'strength', durationMin: 35 })
    const warning = await fixOf(s)
    expect(warning.fix).toMatchObject({
      label: 'Add a strength session on Wed 25 Mar 2026',
      add: { date: '2026-03-25', time: null, kind: 'strength', durationMin: 35 },
    })
    const added = await s.applyFix(warning)
    expect(added).toMatchObject({ date: '2026-03-25', kind: 'strength', durationMin: 35 })
    expect(added.programId).not.toBeNull()
    expect(await s.warnings('plan_strength_count')).toEqual([])
    expect(await s.warnings('plan_strength_before_run')).toEqual([])
  })

  it('goes 4 h after the later of two runs when no day is free, and clears both rules', async () => {
    const s = await busyWeek([
      { time: '07:00', durationMin: 45 },
      { time: '12:00', durationMin: 45 },
    ])
    const warning = await fixOf(s)
    expect(warning.fix).toMatchObject({
      label: 'Add a strength session on Wed 25 Mar 2026 at 16:45',
      add: { date: '2026-03-25', time: '16:45' },
    })
    await s.applyFix(warning)
    expect(await s.warnings('plan_strength_count')).toEqual([])
    expect(await s.warnings('plan_strength_before_run')).toEqual([])
  })

  it('takes 23:45 exactly (a run ending 19:45), and skips to the next timed run day a minute later', async () => {
    const fits = await fixOf(await busyWeek([{ time: '19:30', durationMin: 15 }]))
    expect(fits.fix).toMatchObject({ add: { date: '2026-03-25', time: '23:45' } })
    // Ends 19:46: 4 h later is past 23:45, so Thursday's 07:00 run (40 min) gives 11:45; Friday's run has no time.
    const late = await fixOf(await busyWeek([{ time: '19:31', durationMin: 15 }]))
    expect(late.fix).toMatchObject({ add: { date: '2026-03-26', time: '11:45' } })
  })

  it('offers no fix when every day left has rest, strength or an untimed run', async () => {
    const s = await onProgram()
    await s.plan('2026-03-25', { durationMin: 40 })
    await s.plan('2026-03-26', { durationMin: 40 })
    await s.plan('2026-03-27', { kind: 'rest' })
    await s.plan('2026-03-28', { kind: 'rest' })
    await s.plan('2026-03-29', { kind: 'strength' })
    expect((await fixOf(s)).fix).toBeNull()
  })
})
