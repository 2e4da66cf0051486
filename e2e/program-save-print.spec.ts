// The print view shows the saved program. With unsaved edits, "Print view" offers "Save and print"
// instead of printing an older version than the one on screen.
import { call, seedRunner } from './pages/program'
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
