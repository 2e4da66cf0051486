// A coach builds a program for a runner from their data, edits it (keyboard included), enters ticks
// back, and gets the sheet as PDF on A4 and on Letter. The PDF is checked with poppler, the way a
// reviewer would: page size, names in the text, ink on the page, and no card cut by a page break.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inkOnPage, pdfInfo, pdfText } from './pdf'
import { ProgramPage, seedRunner } from './pages/program'
import { call } from '../test/support'
import { openSheet, PAPER } from './pages/print'
import { expect, test } from './fixtures'

test('a coach proposes, edits and prints a program; the PDF is right on A4 and on Letter', async ({
  page,
  backend,
}) => {
  const athlete = await seedRunner(backend, 'Mara Kowalczyk')
  await page.goto(`/#/athletes/${String(athlete.id)}/program`)
  await page.getByTestId('programs-section').getByRole('button', { name: 'Propose a program' }).click()

  const builder = new ProgramPage(page)
  await expect(builder.builder).toBeVisible()
  // Each finding of the assessment and the pain report is explained.
  const reasons = page.getByRole('region', { name: 'Why this proposal' })
  await expect(reasons).toContainText('Hamstrings tight on the left')
  await expect(reasons).toContainText('Front plank held 30 s')
  await expect(reasons).toContainText('Wall test')
  await expect(reasons).toContainText('Low-back pain on the left side')
  expect(await builder.names('strength')).toEqual([
    'Front plank',
    'Glute bridge',
    'Bird-dog',
    'Curl-up / crunch',
    'Clamshells',
    'Side plank',
  ])

  // Reorder with the keyboard: the moved row keeps focus and the move is announced.
  const moveDown = builder.item('strength', 'Front plank').getByRole('button', { name: 'Move Front plank down' })
  await moveDown.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Front plank moved to position 2 of 6 in Strength.')).toBeAttached()
  await expect(
    builder.item('strength', 'Front plank').getByRole('button', { name: 'Move Front plank down' }),
  ).toBeFocused()
  await page.keyboard.press('Enter')
  expect((await builder.names('strength')).slice(0, 3)).toEqual(['Glute bridge', 'Bird-dog', 'Front plank'])

  // Dosage and weekly progression, an added and a removed exercise, and the settings.
  const bridge = builder.item('strength', 'Glute bridge')
  await bridge.getByLabel('Reps', { exact: true }).fill('15')
  await bridge.getByLabel('+ reps/week').fill('2')
  await builder.session('strength').getByLabel('Add to strength').selectOption({ label: 'Russian twist' })
  await builder.session('strength').getByRole('button', { name: 'Add', exact: true }).click()
  // A held stretch typed into the warm-up is flagged with its source, and the flag goes with the reps back.
  const sideBends = builder.item('warmup', 'Side bends')
  const heldNote = sideBends.getByRole('note')
  await sideBends.getByLabel('Reps', { exact: true }).fill('')
  await sideBends.getByLabel('Hold (s)').fill('20')
  await expect(heldNote).toContainText('A held stretch before a run.')
  await expect(heldNote).toContainText('These Mistakes Are Causing Your Lower Back Pain When Running')
  await sideBends.getByLabel('Reps', { exact: true }).fill('8')
  await expect(heldNote).toHaveCount(0)
  await sideBends.getByRole('button', { name: 'Remove Side bends' }).click()
  await page.getByLabel('Coach name on the sheet').fill('Ana Ruiz')
  await page.getByLabel('Status').selectOption({ label: 'Active' })
  await page.getByLabel('Weeks').fill('4')
  await page.getByRole('button', { name: 'Save program' }).first().click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Program saved' })).toBeVisible()

  const [summary] = await call(backend, 'programs.list', { athleteId: athlete.id })
  const program = await call(backend, 'programs.get', { id: summary?.id ?? 0 })
  expect(program).toMatchObject({ status: 'active', weeks: 4, coachName: 'Ana Ruiz' })
  const library = new Map((await call(backend, 'exercises.list', {})).map((e) => [e.id, e.name]))
  const strength = program.items.filter((i) => i.session === 'strength')
  expect(strength.map((i) => library.get(i.exerciseId))).toEqual([
    'Glute bridge',
    'Bird-dog',
    'Front plank',
    'Curl-up / crunch',
    'Clamshells',
    'Side plank',
    'Russian twist',
  ])
  expect(strength[0]).toMatchObject({ reps: 15, repsStep: 2 })
  expect(program.items.some((i) => library.get(i.exerciseId) === 'Side bends')).toBe(false)

  // Ticks entered back from the sheet show as adherence.
  const grid = page.getByTestId('tick-grid')
  await grid.getByLabel('Week 1, Tuesday, strength').check()
  await grid.getByLabel('Week 1, Saturday, strength').check()
  await expect(grid.getByRole('row').nth(1)).toContainText('%')
  const adherence = await call(backend, 'programs.adherence', { athleteId: athlete.id })
  expect(adherence[0]?.weeks[0]?.done).toBe(2)

  const names = [...new Set(program.items.map((i) => library.get(i.exerciseId) ?? ''))]
  await page.getByRole('link', { name: 'Print view' }).click()
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached()
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)

  const dir = mkdtempSync(join(tmpdir(), 'backstride-pdf-'))
  try {
    for (const paper of ['a4', 'letter'] as const) {
      const size = PAPER[paper]
      const layout = await openSheet(page, `/print/program/${String(program.id)}`, paper)
      const pageHeight = (size.pageMm * 96) / 25.4

      // The print layout: pages of the paper's height, one after another, and every card inside one.
      expect(layout.pages.length).toBeGreaterThan(1)
      layout.pages.forEach((p, i) => {
        expect(p.height).toBeCloseTo(pageHeight, 0)
        expect(p.top).toBeCloseTo(i * pageHeight, 0)
      })
      // One card per exercise, listing every session it belongs to.
      expect(layout.cards.map((c) => c.name).sort()).toEqual([...names].sort())
      for (const card of layout.cards) {
        const frame = layout.pages[card.page]
        expect(frame, card.name).toBeDefined()
        expect(card.top, card.name).toBeGreaterThanOrEqual(frame?.top ?? Infinity)
        expect(card.bottom, card.name).toBeLessThanOrEqual((frame?.top ?? 0) + pageHeight)
      }

      const file = join(dir, `${paper}.pdf`)
      await page.pdf({ path: file, format: size.format, printBackground: true, preferCSSPageSize: true })
      const info = pdfInfo(file)
      expect(info.pages).toBe(layout.pages.length)
      expect(info.width).toBeCloseTo(size.widthPt, 0)
      expect(info.height).toBeCloseTo(size.heightPt, 0)
      const text = pdfText(file)
      expect(text).toContain('Mara Kowalczyk')
      expect(text).toContain('Ana Ruiz')
      for (const name of names) expect(text, name).toContain(name)
      expect(text).toContain('Stop and contact Ana Ruiz if')
      expect(pdfText(file, 1)).toContain('Page 1 of')
      expect(inkOnPage(file, 1)).toBeGreaterThan(0.01)
      await page.emulateMedia({ media: 'screen' })
    }
  } finally {
    if (process.env.KEEP_PDF) execFileSync('cp', ['-r', dir, process.env.KEEP_PDF])
    rmSync(dir, { recursive: true, force: true })
  }
})
