// Stale answers never mix with fresh ones, and the chart draws only what the API answered: a runner with
// one run years before their regular training is opened on 12 weeks and switched between ranges within a
// second; every ACWR point the chart drew is compared with analytics.athlete's answer for that day.
import { generateClub } from '../electron/main/services/seed/generate'
import { writeClub } from '../electron/main/services/seed/write'
import { addDays, isoWeekday, localIsoDate } from '#shared/dates'
import type { AthleteLoad } from '#shared/analytics'
import { runFields } from '#shared/schemas/run'
import { LoadSection } from './pages/load'
import { expect, test } from './fixtures'

const ACWR = 'ACWR (acute ÷ chronic)'

/** Noon, local time, of a 'YYYY-MM-DD' day: where the chart puts a day's point. */
function noon(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number)
  return new Date(y, m - 1, d, 12).getTime()
}

interface DrawnPoint {
  x: number
  y: number
}

test('switching ranges quickly draws exactly the API’s ratios, and no ratio while history is building', async ({
  page,
  backend,
}) => {
  const today = localIsoDate(new Date())
  writeClub(backend.repos, generateClub({ athletes: 1, days: 400, endDate: today, seed: 7 }))
  const athleteId = backend.repos.athletes.list(false)[0]?.id ?? 0
  // One run six years earlier: the history starts there, then a break of years.
  const old = addDays(today, -6 * 365)
  backend.repos.runs.insert(runFields.parse({ athleteId, date: old, durationMin: 40, rpe: 5, distanceM: 8000 }), {
    source: 'manual',
    sourceFile: null,
    fingerprint: null,
  })
  const answer = await backend.dispatch('analytics.athlete', { athleteId })
  if (!answer.ok) throw new Error(answer.error.message)
  const api = answer.value as AthleteLoad
  const byNoon = new Map(api.days.map((d) => [noon(d.date), d]))

  await page.goto(`/#/athletes/${String(athleteId)}`)
  const load = new LoadSection(page)
  await expect.poll(async () => (await load.snapshot())?.points['Daily load']).toBe(84)
  // Within a second: All, 1 year, All, while the first chart may still be animating.
  await load.chooseRange('All')
  await load.chooseRange('1 year')
  await load.chooseRange('All')
  await expect(page).toHaveURL(/range=all/)
  await expect.poll(async () => (await load.snapshot())?.labels[0]).toBe('Weekly load')

  const drawn = await page.evaluate((label) => {
    type Chart = { data: { datasets: { label: string; data: DrawnPoint[] }[] } }
    const chart = (globalThis as { __backstrideCharts?: Map<string, Chart> }).__backstrideCharts?.get('load-chart')
    return chart?.data.datasets.find((d) => d.label === label)?.data.map(({ x, y }) => ({ x, y })) ?? []
  }, ACWR)

  // Every point is a day of the API's answer with that exact ratio; a gap (NaN) is a day without one.
  expect(drawn.length).toBeGreaterThan(40)
  for (const point of drawn) {
    const day = byNoon.get(point.x)
    expect(day, `a day of the answer at ${new Date(point.x).toISOString()}`).toBeDefined()
    if (Number.isNaN(point.y)) expect(day?.acwrEwma).toBeNull()
    else expect(point.y).toBe(day?.acwrEwma)
  }
  // And every Sunday with a ratio is drawn: nothing left out, nothing added.
  const sundays = api.days.filter((d) => isoWeekday(d.date) === 6 && d.acwrEwma !== null).map((d) => noon(d.date))
  expect(drawn.filter((p) => !Number.isNaN(p.y)).map((p) => p.x)).toEqual(
    expect.arrayContaining(sundays) as unknown as number[],
  )

  // No ratio in the 27 days after the break, nor in the first 27 days of the history.
  const restart = api.days.find((d) => d.date > old && d.runCount > 0)?.date ?? today
  const building = (from: string) => (p: DrawnPoint) =>
    p.x >= noon(from) && p.x <= noon(addDays(from, 26)) && !Number.isNaN(p.y)
  expect(drawn.filter(building(old))).toEqual([])
  expect(drawn.filter(building(restart))).toEqual([])
  expect(api.days.find((d) => d.date === addDays(restart, 26))?.acwrReason).toBe('building_history')
  expect(api.days.find((d) => d.date === addDays(restart, 27))?.acwrReason).toBeNull()

  // Today's figures say the same as the answer, with the chronic load beside the ratio.
  const last = api.days.at(-1)
  const ratio = last?.acwrEwma === null || last === undefined ? 'building history' : last.acwrEwma.toFixed(2)
  const figures = page.getByLabel(/^Figures on /)
  await expect(figures).toContainText(`ACWR${ratio}`)
  await expect(figures).toContainText(
    `Acute / chronic load${String(Math.round(last?.acuteEwma ?? 0))} / ${String(Math.round(last?.chronicEwma ?? 0))}`,
  )
})
