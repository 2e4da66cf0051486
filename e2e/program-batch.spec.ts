// One PDF for a whole group: every runner's sheet, each starting on a new page, with progress shown
// while the sheets are prepared (pushed by the back end as the print window lays them out).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inkOnPage, pdfInfo, pdfText } from './pdf'
import { seedRunner } from './pages/program'
import { call } from '../test/support'
import { openSheet, PAPER } from './pages/print'
import { noteStatusTexts } from './pages/status'
import type { Backend } from '../electron/main/backend'
import { expect, test } from './fixtures'

const NAMES = ['Aino Virtanen', 'Bram de Vries', 'Chiara Bellini', 'Dylan O’Connor', 'Élodie Martin']

/** Five runners of the Tuesday club with a program each, and a sixth without one; the group's id. */
async function tuesdayClub(backend: Backend): Promise<number> {
  for (const name of NAMES) {
    const athlete = await seedRunner(backend, name, ['Tuesday club'])
    await call(backend, 'programs.propose', { athleteId: athlete.id })
  }
  await call(backend, 'athletes.create', { name: 'Femi Adeyemi', groups: ['Tuesday club'] })
  return (await call(backend, 'groups.list', {})).find((g) => g.name === 'Tuesday club')?.id ?? 0
}

test('a group of 5 prints as one PDF, each athlete starting on a new page', async ({ page, backend }) => {
  // A sixth member without a program is named and left out.
  const groupId = await tuesdayClub(backend)

  await page.goto('/#/programs')
  await page.getByRole('link', { name: 'Open sheets for Tuesday club' }).click()
  await expect(page.getByRole('status').filter({ hasText: /sheets?, \d+ pages/ })).toHaveText(/^5 sheets, \d+ pages$/)
  await expect(page.getByText('Left out, no program yet: Femi Adeyemi.')).toBeVisible()

  const layout = await openSheet(page, `/print/group/${String(groupId)}`, 'a4')
  expect(layout.sheets.map((s) => s.athlete)).toEqual(NAMES)
  const pageHeight = (PAPER.a4.pageMm * 96) / 25.4
  layout.pages.forEach((p, i) => expect(p.top).toBeCloseTo(i * pageHeight, 0))

  const dir = mkdtempSync(join(tmpdir(), 'backstride-batch-'))
  try {
    const file = join(dir, 'group.pdf')
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdfInfo(file).pages).toBe(layout.pages.length)
    layout.sheets.forEach((sheet, i) => {
      // The athlete's first page is a page of its own, opening with their header…
      const first = pdfText(file, sheet.firstPage + 1)
      expect(first).toContain('STRENGTH AND MOBILITY PROGRAM')
      expect(first).toContain(sheet.athlete)
      expect(first).toContain('Page 1 of')
      // …and the page before it belongs to the previous athlete only.
      if (i > 0) expect(pdfText(file, sheet.firstPage)).not.toContain(sheet.athlete)
      expect(inkOnPage(file, sheet.firstPage + 1)).toBeGreaterThan(0.01)
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('Save as PDF for the group shows how many sheets are prepared, then writes one PDF of all five', async ({
  page,
  backend,
  printer,
}) => {
  const groupId = await tuesdayClub(backend)
  await page.goto(`/#/print/group/${String(groupId)}?paper=a4`)
  await expect(page.getByRole('status').filter({ hasText: /sheets?, \d+ pages/ })).toHaveText(/^5 sheets, \d+ pages$/)
  const pages = Number(await page.locator('html').getAttribute('data-print-pages'))
  const dir = mkdtempSync(join(tmpdir(), 'backstride-batch-'))
  try {
    const file = join(dir, 'Tuesday club.pdf')
    printer.saveTo(file)
    const release = printer.holdBeforeWriting()
    const statusTexts = await noteStatusTexts(page)
    await page.getByRole('button', { name: 'Save as PDF' }).click()

    // Every sheet prepared in the print window: the bar is full and the PDF is being written.
    await expect(page.getByRole('status').filter({ hasText: 'PDF' })).toHaveText('Writing the PDF…')
    const bar = page.getByRole('progressbar', { name: 'PDF progress' })
    await expect(bar).toHaveAttribute('max', '5')
    await expect(bar).toHaveAttribute('value', '5')
    await expect(page.getByRole('button', { name: 'Save as PDF' })).toBeDisabled()
    release()
    await expect(page.getByText(`PDF saved: ${file}`)).toBeVisible({ timeout: 20_000 })
    await expect(page.getByRole('status').filter({ hasText: /sheets?, \d+ pages/ })).toHaveText(/^5 sheets/)

    // The progress counted the sheets up as the print window laid them out, never back.
    const shown = (await statusTexts()).filter((t) => t.includes('PDF'))
    const counts = shown
      .flatMap((t) => /^Making the PDF: (\d) of 5 sheets prepared$/.exec(t)?.slice(1) ?? [])
      .map(Number)
    expect(counts.length).toBeGreaterThan(0)
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(shown[shown.length - 1]).toBe('Writing the PDF…')

    expect(pdfInfo(file).pages).toBe(pages)
    for (const name of NAMES) expect(pdfText(file)).toContain(name)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
