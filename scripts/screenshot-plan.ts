// The README's plan picture: next week planned for one runner of the demo club who has no referral open,
// with the mistakes the plan rules are there to catch (a long run past 110 % of the longest of the last
// 30 days, strength two hours before a run), so the Plan tab shows each warning on its day.
import type { Backend } from '../electron/main/backend'
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { call } from '../test/support'

/** Plans next week and returns the runner's id. */
export async function planNextWeek(backend: Backend): Promise<number> {
  const today = localIsoDate(new Date())
  const badges = await call(backend, 'guidance.badges', {})
  const athletes = await call(backend, 'athletes.list', {})
  const quiet = athletes.find((a) => !['refer', 'refer_today'].includes(badges[a.id]?.level ?? ''))
  const athleteId = quiet?.id ?? athletes[0]?.id ?? 1
  const runs = await call(backend, 'runs.list', { athleteId })
  const longest = Math.max(5_000, ...runs.filter((r) => r.date >= addDays(today, -30)).map((r) => r.distanceM ?? 0))
  const monday = addDays(isoWeekStart(today), 7)
  const run = (day: number, time: string, km: number, runType: 'easy' | 'long') =>
    call(backend, 'plans.create', {
      athleteId,
      date: addDays(monday, day),
      time,
      kind: 'run',
      runType,
      distanceM: Math.round(km * 1000),
      durationMin: Math.round(km * 6),
      rpe: runType === 'long' ? 5 : 3,
    })
  await run(1, '07:00', 6, 'easy')
  await run(3, '18:00', 6, 'easy')
  await call(backend, 'plans.create', { athleteId, date: addDays(monday, 3), time: '16:00', kind: 'strength' })
  await run(6, '09:00', Math.round((longest * 1.3) / 100) / 10, 'long')
  return athleteId
}
