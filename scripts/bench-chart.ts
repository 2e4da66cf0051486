// The load chart's first draw of three years of daily runs, timed in Debian's Chromium on the built
// renderer (run `npm run build:probe` first). The chart probe (src/dev/chartProbe.ts) marks the start as
// Chart.js creates the chart and the end after its first render; this reads the measure between the two.
// Prints figures, asserts nothing; scripts/bench.ts calls benchChartFirstDraw().
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateClub } from '../electron/main/services/seed/generate'
import { writeClub } from '../electron/main/services/seed/write'
import { localIsoDate } from '#shared/dates'
import { bindBackend } from '../e2e/bridge'
import { assertProbeBuild, openRendererSession } from './renderer-session'
import { median } from './bench-backend'

// BACKSTRIDE_E2E_PORT: the same free port the e2e suite of this checkout uses (several checkouts bench at once).
const PORT = Number(process.env.BACKSTRIDE_E2E_PORT ?? 4321)
const RUNS = 5
const DAYS = 1095

export interface ChartBench {
  /** median of the 'backstride:chart-first-draw' measure: chart created to first frame drawn */
  medianMs: number
  runs: number
  /**
   * median time from navigation start to that first frame, for context only: it includes the test
   * bridge (Playwright's exposeFunction), which carries the athlete's ~1000 runs far slower than IPC
   */
  medianFromNavigationMs: number
  samplesMs: number[]
}

export async function benchChartFirstDraw(): Promise<ChartBench> {
  assertProbeBuild()
  const session = await openRendererSession(PORT, 'backstride-bench-chart-')
  const { backend, browser } = session
  try {
    writeClub(backend.repos, generateClub({ athletes: 1, days: DAYS, endDate: localIsoDate(new Date()), seed: 2026 }))
    const athleteId = backend.repos.athletes.list(false)[0]?.id ?? 1
    const draws: number[] = []
    const fromNavigation: number[] = []
    for (let run = 0; run < RUNS; run++) {
      // A fresh page each time: nothing cached from the previous draw but the browser's own caches.
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await bindBackend(page, session.connection)
      await page.goto(`http://127.0.0.1:${String(PORT)}/#/athletes/${String(athleteId)}?range=all`)
      const timing = await page.waitForFunction(() => {
        const measure = performance.getEntriesByName('backstride:chart-first-draw')[0]
        const end = performance.getEntriesByName('backstride:chart-draw-end')[0]
        return measure && end ? { draw: measure.duration, end: end.startTime } : null
      })
      const { draw, end } = (await timing.jsonValue()) as { draw: number; end: number }
      draws.push(draw)
      fromNavigation.push(end)
      await page.close()
    }
    return { medianMs: median(draws), runs: RUNS, medianFromNavigationMs: median(fromNavigation), samplesMs: draws }
  } finally {
    await session.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const result = await benchChartFirstDraw()
  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(`load chart, ${String(DAYS)} days of runs, range "all" (weekly bars, daily ratio line), Chromium`)
  console.log(`  first draw (chart created → first frame), median of ${String(result.runs)}   ${ms(result.medianMs)}`)
  console.log(
    `  page opened → first frame, median                        ${ms(result.medianFromNavigationMs)}` +
      '  (through the test bridge, not IPC)',
  )
  console.log(`  samples: ${result.samplesMs.map(ms).join(', ')}`)
}
