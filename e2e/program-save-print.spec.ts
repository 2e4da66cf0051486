// The print view shows the saved program. With unsaved edits, "Print view" offers "Save and print"
// instead of printing an older version than the one on screen. Save as PDF writes the sheet the coach
// sees, saying how far it has got meanwhile.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedRunner } from './pages/program'
import { call } from '../test/support'
import { pdfInfo, pdfText } from './pdf'
import { expect, test } from './fixtures'

test('Print view with unsaved edits offers Save and print; Cancel keeps the edits on screen', async ({
  page,
  backend,
}) => {
  const athlete = await seedRunner(backend, 'Mara Kowalczyk')
  await page.goto(`/#/athletes/${String(athlete.id)}/program`)
  await page.getByTestId('programs-section').getByRole('button', { name: 'Propose a program' }).click()
  await expect(page.getByTestId('program-builder')).toBeVisible()
  const [summary] = await call(backend, 'programs.list', { athleteId: athlete.id })
  const id = summary?.id ?? 0
  const savedWeeks = (await call(backend, 'programs.get', { id })).weeks

  const weeks = savedWeeks === 5 ? 7 : 5
  await page.getByLabel('Weeks').fill(String(weeks))
  await expect(page.getByText('Unsaved changes')).toBeVisible()

  await page.getByRole('link', { name: 'Print view' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save before printing?' })
  await expect(dialog).toContainText('The print view shows the saved program.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByTestId('program-builder')).toBeVisible()
  await expect(page.getByLabel('Weeks')).toHaveValue(String(weeks))
  expect((await call(backend, 'programs.get', { id })).weeks).toBe(savedWeeks)

  await page.getByRole('link', { name: 'Print view' }).click()
  await dialog.getByRole('button', { name: 'Save and print' }).click()
  await expect(page).toHaveURL(new RegExp(`#/print/program/${String(id)}`))
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached()
  expect((await call(backend, 'programs.get', { id })).weeks).toBe(weeks)

  // Saved: Print view goes straight to the sheet.
  await page.goBack()
  await expect(page.getByTestId('program-builder')).toBeVisible()
  await page.getByRole('link', { name: 'Print view' }).click()
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached()
})

test('Save as PDF says it is writing, then where the PDF went; a cancelled save dialog writes nothing', async ({
  page,
  backend,
  printer,
}) => {
  const athlete = await seedRunner(backend, 'Mara Kowalczyk')
  const { id } = await call(backend, 'programs.propose', { athleteId: athlete.id })
  await page.goto(`/#/print/program/${String(id)}?paper=letter`)
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached()
  const save = page.getByRole('button', { name: 'Save as PDF' })

  // The coach cancels the save dialog: no message, no file, the button is back.
  await save.click()
  await expect(save).toBeEnabled()
  await expect(page.getByText(/PDF saved/)).toHaveCount(0)

  const dir = mkdtempSync(join(tmpdir(), 'backstride-pdf-'))
  try {
    const file = join(dir, 'Mara.pdf')
    printer.saveTo(file)
    const release = printer.holdBeforeWriting()
    await save.click()
    await expect(page.getByRole('status').filter({ hasText: 'PDF' })).toHaveText('Writing the PDF…')
    await expect(save).toBeDisabled()
    // One sheet: no bar, the words say it all.
    await expect(page.getByRole('progressbar', { name: 'PDF progress' })).toHaveCount(0)
    release()
    await expect(page.getByText(`PDF saved: ${file}`)).toBeVisible({ timeout: 20_000 })
    await expect(save).toBeEnabled()
    const info = pdfInfo(file)
    expect(info.pages).toBeGreaterThan(0)
    // Letter paper, as chosen on the sheet.
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([612, 792])
    expect(pdfText(file, 1)).toContain('Mara Kowalczyk')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
