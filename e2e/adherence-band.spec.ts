// The sessions a runner ticked on their program sheet show as a band under the load-vs-pain chart.
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { buildWeekPlan } from '#shared/programSchedule'
import { call } from '../test/support'
import { expect, test } from './fixtures'

interface AnnotatedChart {
  options: { plugins: { annotation: { annotations: Record<string, { label?: { content?: string } }> } } }
}

test('program adherence appears under the load chart, one labelled box per program week', async ({ page, backend }) => {
  const today = localIsoDate(new Date())
  const athlete = await call(backend, 'athletes.create', { name: 'Tove L.', runDaysPerWeek: 3 })
  for (let d = 20; d >= 1; d -= 2)
    await call(backend, 'runs.create', { athleteId: athlete.id, date: addDays(today, -d), durationMin: 40, rpe: 4 })
  const [template] = await call(backend, 'programs.templates', {})
  const program = await call(backend, 'programs.create', {
    athleteId: athlete.id,
    templateKey: template?.key ?? null,
    startDate: isoWeekStart(addDays(today, -14)),
  })
  const plan = buildWeekPlan({ ...program, kinds: [...new Set(program.items.map((item) => item.session))] })
  const firstSession = plan.days.flatMap((day) => day.sessions)[0]
  expect(firstSession, 'the program plans at least one session in week 1').toBeDefined()
  await call(backend, 'programs.tick', {
    programId: program.id,
    week: 1,
    sessionKey: firstSession?.key ?? '',
    done: true,
  })
  const [adherence] = await call(backend, 'programs.adherence', { athleteId: athlete.id })
  const week1 = adherence?.weeks[0]
  expect(week1?.done).toBe(1)

  await page.goto(`/#/athletes/${String(athlete.id)}`)
  await expect(page.getByRole('region', { name: 'Training load and pain' }).locator('canvas')).toBeVisible()
  await expect
    .poll(() =>
      page.evaluate(
        (key) => {
          const charts = (globalThis as { __backstrideCharts?: Map<string, AnnotatedChart> }).__backstrideCharts
          return charts?.get('load-chart')?.options.plugins.annotation.annotations[key]?.label?.content ?? null
        },
        `adherence-${week1?.weekStart ?? ''}`,
      ),
    )
    .toBe(`${String(week1?.percent)} %`)
})
