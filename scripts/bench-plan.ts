// The plan's cost on a large club: every active athlete gets 8 planned weeks (4 runs a week), then the
// forecast of all of them (plans.forecastTeam: one read of everyone's runs, pain and plan) is timed
// against the team overview, with plans.forecast asked athlete by athlete beside it. Prints medians;
// asserts nothing.
import type { Backend } from '../electron/main/backend'
import { addDays, isoWeekStart } from '#shared/dates'
import { normalise } from '../electron/main/services/planning/service'

const WEEKS = 8
const RUN_DAYS = [1, 3, 5, 6]

export async function benchPlan(backend: Backend, end: string, time: (fn: () => unknown) => Promise<number>) {
  const athletes = backend.repos.athletes.list(false)
  const first = addDays(isoWeekStart(end), 7)
  const start = performance.now()
  const repo = backend.repos.planned
  // Written in one transaction through the repository: the bench measures reading the plan, not 6,400 commits.
  const write = backend.db.transaction(() => {
    let count = 0
    for (const athlete of athletes)
      for (let w = 0; w < WEEKS; w++)
        for (const [i, day] of RUN_DAYS.entries()) {
          const long = i === RUN_DAYS.length - 1
          repo.insert(
            athlete.id,
            normalise({
              date: addDays(first, w * 7 + day),
              time: null,
              kind: 'run',
              runType: long ? 'long' : 'easy',
              durationMin: long ? 80 : 40,
              distanceM: long ? 14_000 : 7_000,
              rpe: long ? 5 : 3,
              surface: null,
              shoeId: null,
              programId: null,
              notes: '',
            }),
          )
          count++
        }
    return count
  })
  const planned = write()
  console.log(
    `\nplanned ${String(planned)} sessions (${String(WEEKS)} weeks) in ${(performance.now() - start).toFixed(0)} ms`,
  )
  const forecast = await time(() => backend.dispatch('plans.forecastTeam', { today: end }))
  const each = await time(async () => {
    for (const athlete of athletes) await backend.dispatch('plans.forecast', { athleteId: athlete.id, today: end })
  })
  const team = await time(() => backend.dispatch('analytics.team', { through: end }))
  const one = await time(() => backend.dispatch('plans.forecast', { athleteId: athletes[0]?.id ?? 1, today: end }))
  const week = await time(() =>
    backend.dispatch('plans.week', { athleteId: athletes[0]?.id ?? 1, weekStart: first, today: end }),
  )
  const row = (label: string, value: string) => console.log(`  ${label.padEnd(46)} ${value}`)
  row(`forecast of ${String(athletes.length)} athletes (plans.forecastTeam)`, `${forecast.toFixed(1)} ms`)
  row('team overview request (analytics.team)', `${team.toFixed(1)} ms`)
  row('ratio forecast / team overview (target ≤ 2)', (forecast / team).toFixed(2))
  row('the same forecasts asked one athlete at a time', `${each.toFixed(1)} ms (${(each / team).toFixed(2)} ×)`)
  row("one athlete's forecast", `${one.toFixed(1)} ms`)
  row("one athlete's week with rules and compliance", `${week.toFixed(1)} ms`)
}
