// Part of npm run bench: seconds to make one program's PDF and a group of 30's, through the real print
// route in Debian's Chromium (page.pdf, the same engine as the app's printToPDF). Needs the built
// renderer (npm run build); prints a note and skips otherwise. Nothing here is asserted.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from '@playwright/test'
import type { Backend } from '../electron/main/backend'
import { bindBackend } from '../e2e/bridge'
import { openRendererSession } from './renderer-session'
import { pdfInfo } from '../e2e/pdf'

const PORT = 4321
const GROUP = 30
const REPEAT = 3

async function seed(backend: Backend): Promise<{ programId: number; groupId: number }> {
  const ask = async (method: string, payload: unknown) => {
    const answer = await backend.dispatch(method, payload)
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
    return answer.value as { id: number }
  }
  let programId = 0
  for (let i = 0; i < GROUP; i++) {
    const athlete = await ask('athletes.create', { name: `Runner ${String(i + 1)}`, groups: ['Bench club'] })
    await ask('assessments.create', {
      athleteId: athlete.id,
      date: '2026-03-02',
      hamstringLeft: i % 2 ? 'tight' : 'normal',
      hamstringRight: 'normal',
      plankSec: 20 + i * 3,
      wallGap: i % 3 ? 'none' : 'more_than_hand',
    })
    const program = await ask('programs.propose', { athleteId: athlete.id, today: '2026-03-10' })
    programId ||= program.id
  }
  const groups = (await backend.dispatch('groups.list', {})) as { ok: true; value: { id: number }[] }
  return { programId, groupId: groups.value[0]?.id ?? 0 }
}

interface Timing {
  /** from opening the route until every sheet is laid out */
  ready: number
  /** page.pdf itself */
  pdf: number
  pages: number
}

async function pdfSeconds(page: Page, url: string, file: string): Promise<Timing> {
  const samples: Timing[] = []
  for (let i = 0; i < REPEAT; i++) {
    await page.goto('about:blank')
    await page.emulateMedia({ media: 'screen' })
    const start = performance.now()
    await page.goto(url)
    await page.locator('html[data-print-ready="true"]').waitFor({ timeout: 120_000 })
    const ready = performance.now()
    await page.emulateMedia({ media: 'print' })
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true })
    samples.push({ ready: (ready - start) / 1000, pdf: (performance.now() - ready) / 1000, pages: 0 })
  }
  samples.sort((a, b) => a.ready + a.pdf - (b.ready + b.pdf))
  const median = samples[Math.floor(samples.length / 2)] ?? { ready: 0, pdf: 0, pages: 0 }
  return { ...median, pages: pdfInfo(file).pages }
}

const line = (label: string, t: Timing) =>
  `  ${label.padEnd(36)} ${(t.ready + t.pdf).toFixed(2)} s (${String(t.pages)} pages; laid out in ${t.ready.toFixed(2)} s, PDF in ${t.pdf.toFixed(2)} s)`

export async function benchPrint(): Promise<void> {
  if (!existsSync(resolve('out/renderer/index.html'))) {
    console.log('\nprint benchmark skipped: build the renderer first (npm run build)')
    return
  }
  const session = await openRendererSession(PORT, 'backstride-bench-print-')
  const { backend, browser, dataDir } = session
  try {
    const { programId, groupId } = await seed(backend)
    const page = await browser.newPage()
    await bindBackend(page, session.connection)
    const base = `http://127.0.0.1:${String(PORT)}/#`
    const one = await pdfSeconds(page, `${base}/print/program/${String(programId)}?paper=a4`, join(dataDir, 'one.pdf'))
    const group = await pdfSeconds(page, `${base}/print/group/${String(groupId)}?paper=a4`, join(dataDir, 'group.pdf'))
    console.log(`\nprinted sheets, median of ${String(REPEAT)} (load the print route, lay out, page.pdf)`)
    console.log(line("one program's PDF", one))
    console.log(line(`a group of ${String(GROUP)} in one PDF`, group))
  } finally {
    await session.close()
  }
}

// Run on its own: tsx scripts/bench-print.ts
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchPrint()
