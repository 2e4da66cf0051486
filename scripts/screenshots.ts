// npm run screenshots: the README's pictures, taken from the real renderer over a real back end with the
// demo club, in Debian's Chromium. Run `npm run build:probe` first (`npm run screenshots` does).
import { mkdirSync } from 'node:fs'
import { bindBackend } from '../e2e/bridge'
import { assertProbeBuild, openRendererSession } from './renderer-session'
import { planNextWeek } from './screenshot-plan'

// BACKSTRIDE_E2E_PORT: the same free port the e2e suite of this checkout uses.
const PORT = Number(process.env.BACKSTRIDE_E2E_PORT ?? 4319)
assertProbeBuild()
const session = await openRendererSession(PORT, 'backstride-shots-')
const { backend, browser } = session
try {
  mkdirSync('docs', { recursive: true })
  // Reduced motion: the chart is drawn at once, so the pain point below is where it will stay.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  })
  await bindBackend(page, session.connection)
  // An empty data folder opens on the roster's welcome.
  await page.goto(`http://127.0.0.1:${String(PORT)}/`)
  await page.getByRole('button', { name: 'Open the demo club' }).click()
  await page.getByTestId('roster-table').locator('tbody tr').nth(11).waitFor()
  await page.getByRole('button', { name: 'Dismiss notification' }).click()
  await page.screenshot({ path: 'docs/screenshot-roster.png' })
  const flagged = backend.db
    .prepare<[], { athlete_id: number }>(
      'SELECT p.athlete_id FROM pain_red_flags f JOIN pain_reports p ON p.id = f.pain_report_id',
    )
    .get()
  await page.goto(`http://127.0.0.1:${String(PORT)}/#/athletes/${String(flagged?.athlete_id ?? 1)}`)
  await page.getByRole('region', { name: 'Training load and pain' }).locator('canvas').waitFor()
  await page.screenshot({ path: 'docs/screenshot-athlete.png' })

  // The load chart with the tooltip of the red-flag report (or else the newest pain report) showing.
  const load = page.getByRole('region', { name: 'Training load and pain' })
  await load.locator('canvas').evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }))
  const point = await page.evaluate(() => {
    type Chart = {
      data: { datasets: { label?: string; data: unknown[] }[] }
      getDatasetMeta(i: number): { data: { x: number; y: number }[] }
    }
    const chart = (globalThis as { __backstrideCharts?: Map<string, Chart> }).__backstrideCharts?.get('load-chart')
    const index =
      chart?.data.datasets.findLastIndex((d) => /^(Pain|Red flag)/.test(d.label ?? '') && d.data.length > 0) ?? -1
    return index < 0 ? null : (chart?.getDatasetMeta(index).data.at(-1) ?? null)
  })
  const box = await load.locator('canvas').boundingBox()
  if (point && box) await page.mouse.move(box.x + point.x, box.y + point.y)
  await load.screenshot({ path: 'docs/screenshot-chart.png' })

  await page.goto(`http://127.0.0.1:${String(PORT)}/#/team`)
  await page.getByTestId('team-table').locator('tbody tr').nth(11).waitFor()
  await page.screenshot({ path: 'docs/screenshot-team.png' })

  // The alerts inbox, most urgent first (the red-flag runner at the top).
  await page.goto(`http://127.0.0.1:${String(PORT)}/#/alerts`)
  await page.locator('main [data-alert-card]').nth(3).waitFor()
  await page.screenshot({ path: 'docs/screenshot-alerts.png' })
  // Next week's plan for a runner with no referral open: easy runs, a long run past 110 % of the longest
  // of the last 30 days, and strength two hours before a run: the Plan tab shows each warning on its day.
  const planner = await planNextWeek(backend)
  await page.goto(`http://127.0.0.1:${String(PORT)}/#/athletes/${String(planner)}/plan`)
  await page.getByRole('button', { name: 'Next week →' }).click()
  await page
    .getByRole('note', { name: /^Plan warning/ })
    .first()
    .waitFor()
  // A taller window, so the warnings under the sessions are in the picture.
  await page.setViewportSize({ width: 1280, height: 1150 })
  await page.screenshot({ path: 'docs/screenshot-plan.png' })
  console.log('wrote docs/screenshot-roster.png, -athlete.png, -chart.png, -team.png, -alerts.png and -plan.png')
} finally {
  await session.close()
}
