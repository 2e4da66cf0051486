// The athlete page's training-load chart, drawn by the real renderer from a seeded history: what it
// holds is read from the Chart.js instance itself (the chart probe's __backstrideCharts registry, src/dev/chartProbe.ts).
import { generateClub } from '../electron/main/services/seed/generate'
import { writeClub } from '../electron/main/services/seed/write'
import { addDays, localIsoDate } from '#shared/dates'
import { PAIN_TIMING_LABEL } from '#shared/labels'
import type { PainReport } from '#shared/types'
import { LoadSection } from './pages/load'
import { expect, test } from './fixtures'

const DAY_MS = 86_400_000

/** Local midnight of a 'YYYY-MM-DD' day: the page runs in this machine's time zone too. */
function midnight(iso: string): number {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number)
  return new Date(y, m - 1, d).getTime()
}

test('a seeded runner’s chart shows 12 weeks of daily load and pain, narrows to 4 weeks, and explains a pain point', async ({
  page,
  backend,
}) => {
  const today = localIsoDate(new Date())
  writeClub(backend.repos, generateClub({ athletes: 1, days: 200, endDate: today, seed: 11 }))
  const athleteId = backend.repos.athletes.list(false)[0]?.id ?? 0
  // A report no seeded one can hide: the seeder's scores stop at 7.
  backend.repos.pain.insert({
    athleteId,
    date: addDays(today, -3),
    time: '05:55',
    runId: null,
    score: 9,
    timing: 'during',
    onsetMinute: 30,
    location: 'left',
    character: 'sharp',
    easedByStretching: 'no',
    redFlags: [],
    notes: '',
  })
  const answer = await backend.dispatch('pain.list', { athleteId })
  if (!answer.ok) throw new Error(answer.error.message)
  const reports = answer.value as PainReport[]
  const since = (days: number) => reports.filter((r) => r.date >= addDays(today, 1 - days) && r.date <= today)

  // Animations off, so point positions are final as soon as the chart is drawn.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`/#/athletes/${String(athleteId)}`)
  const load = new LoadSection(page)
  await expect.poll(async () => (await load.snapshot())?.points['Daily load']).toBe(84)

  const twelveWeeks = await load.snapshot()
  const timings = Object.values(PAIN_TIMING_LABEL).map((label) => `Pain · ${label}`)
  expect(twelveWeeks?.labels).toEqual([
    'Daily load',
    'Single-run spike',
    'ACWR (acute ÷ chronic)',
    ...timings,
    'Red flag reported',
  ])
  const painPoints = (snapshot: typeof twelveWeeks) =>
    [...timings, 'Red flag reported'].reduce((n, label) => n + (snapshot?.points[label] ?? 0), 0)
  expect(painPoints(twelveWeeks)).toBe(since(84).length)
  expect(twelveWeeks?.points['Red flag reported']).toBe(since(84).filter((r) => r.redFlags.length > 0).length)
  expect(twelveWeeks?.xMax).toBe(midnight(addDays(today, 1)))
  expect(Math.round(((twelveWeeks?.xMax ?? 0) - (twelveWeeks?.xMin ?? 0)) / DAY_MS)).toBe(84)
  expect(await load.paintedPixels()).toBeGreaterThan(5000)

  await load.chooseRange('4 weeks')
  await expect.poll(async () => (await load.snapshot())?.points['Daily load']).toBe(28)
  await expect(page).toHaveURL(/range=4w/)
  const fourWeeks = await load.snapshot()
  expect(fourWeeks?.xMax).toBe(midnight(addDays(today, 1)))
  expect(fourWeeks?.xMin).toBe(midnight(addDays(today, -27)))
  expect(Math.round(((fourWeeks?.xMax ?? 0) - (fourWeeks?.xMin ?? 0)) / DAY_MS)).toBe(28)
  expect(painPoints(fourWeeks)).toBe(since(28).length)

  // Point at the 9/10 report: the tooltip says what it is in the coach's words.
  const during = 'Pain · During the run'
  const index = await page.evaluate(
    (label) =>
      (
        globalThis as unknown as {
          __backstrideCharts: Map<string, { data: { datasets: { label: string; data: { y: number }[] }[] } }>
        }
      ).__backstrideCharts
        .get('load-chart')
        ?.data.datasets.find((d) => d.label === label)
        ?.data.findIndex((p) => p.y === 9) ?? -1,
    during,
  )
  expect(index).toBeGreaterThanOrEqual(0)
  const point = await load.pointPosition(during, index)
  await page.mouse.move(point.x, point.y)
  await expect(load.tooltip).toBeVisible()
  await expect(load.tooltip).toContainText('Pain 9/10 · During the run · from minute 30 · Left side')
  await page.mouse.move(0, 0)
  await expect(load.tooltip).toBeHidden()
})

test('switching the bars to distance relabels them in the coach’s unit, and a runner without runs sees why the chart is empty', async ({
  page,
  backend,
}) => {
  const today = localIsoDate(new Date())
  writeClub(backend.repos, generateClub({ athletes: 1, days: 60, endDate: today, seed: 3 }))
  const athleteId = backend.repos.athletes.list(false)[0]?.id ?? 0
  await page.goto(`/#/athletes/${String(athleteId)}?range=4w`)
  const load = new LoadSection(page)
  await expect.poll(async () => (await load.snapshot())?.points['Daily load']).toBe(28)
  await load.section.getByRole('group', { name: 'Bars' }).getByLabel('Distance').check()
  await expect.poll(async () => (await load.snapshot())?.labels[0]).toBe('Daily distance (km)')
  await load.section.getByRole('group', { name: 'Lines' }).getByLabel('Acute and chronic').check()
  await expect
    .poll(async () => (await load.snapshot())?.labels.slice(0, 4))
    .toEqual(['Daily distance (km)', 'Single-run spike', 'Acute load (7-day)', 'Chronic load (28-day)'])

  const newcomer = backend.repos.athletes.insert({
    name: 'New Runner',
    birthYear: null,
    sex: null,
    experience: 'new',
    runDaysPerWeek: 3,
    goal: '',
    notes: '',
    groups: [],
  })
  await page.goto(`/#/athletes/${String(newcomer)}`)
  await expect(page.getByTestId('load-empty')).toContainText('The chart starts with the first run')
  expect(await load.snapshot()).toBeNull()
})
