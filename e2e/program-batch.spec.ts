// One PDF for a whole group: every runner's sheet, each starting on a new page, with progress shown
// while the sheets are prepared.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inkOnPage, pdfInfo, pdfText } from './pdf'
import { call, seedRunner } from './pages/program'
import { openSheet, PAPER } from './pages/print'
import { expect, test } from './fixtures'

const NAMES = ['Aino Virtanen', 'Bram de Vries', 'Chiara Bellini', 'Dylan O’Connor', 'Élodie Martin']

test('a group of 5 prints as one PDF, each athlete starting on a new page', async ({ page, backend }) => {
  for (const name of NAMES) {
    const athlete = await seedRunner(backend, name, ['Tuesday club'])
    await call(backend, 'programs.propose', { athleteId: athlete.id })
  }
  // A sixth member without a program is named and left out.
  await call(backend, 'athletes.create', { name: 'Femi Adeyemi', groups: ['Tuesday club'] })
  const groupId = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Tuesday club')?.id ?? 0

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
