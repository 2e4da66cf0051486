// The week plan saved as PDF from its print view, through the same print port as the program sheet: the
// harness plays the shell's print window (e2e/printWindow.ts: the save dialog's file, the print route in
// a second page, Chromium's PDF) and poppler reads the file back.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays, isoWeekStart, localIsoDate } from '#shared/dates'
import { formatDate } from '#shared/text'
import { expect, test } from './fixtures'
import { call } from '../test/support'
import { pdfInfo, pdfText } from './pdf'

test('Save as PDF writes the week plan on one page of the paper chosen, with the runner, the week, the sessions and the safety box', async ({
  page,
  backend,
  printer,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Maren Holt' })
  const monday = isoWeekStart(localIsoDate(new Date()))
  await call(backend, 'plans.create', {
    athleteId: athlete.id,
    date: addDays(monday, 1),
    time: '07:00',
    runType: 'long',
    distanceM: 12_000,
    durationMin: 70,
  })
  await call(backend, 'plans.create', { athleteId: athlete.id, date: addDays(monday, 3), kind: 'strength' })
  const dir = mkdtempSync(join(tmpdir(), 'backstride-plan-pdf-'))
  try {
    await page.goto(`/#/athletes/${String(athlete.id)}/plan`)
    await page.getByRole('button', { name: 'Print week' }).click()
    await expect(page.getByRole('region', { name: 'Week plan' })).toContainText('Long run, 12.0 km')

    for (const [paper, label, width, height] of [
      ['letter', /Letter/, 612, 792],
      ['a4', /A4/, 595, 842],
    ] as const) {
      await page.getByRole('radio', { name: label }).check()
      await expect(page).toHaveURL(new RegExp(`paper=${paper}`))
      const file = join(dir, `${paper}.pdf`)
      printer.saveTo(file)
      await page.getByRole('button', { name: 'Save as PDF' }).click()
      await expect(page.getByText(`PDF saved: ${file}`)).toBeVisible()

      const info = pdfInfo(file)
      expect([info.pages, Math.round(info.width), Math.round(info.height)]).toEqual([1, width, height])
      const text = pdfText(file)
      expect(text).toContain('Week plan — Maren Holt')
      expect(text).toContain(`${formatDate(monday)} to ${formatDate(addDays(monday, 6))}`)
      expect(text).toContain('07:00 Long run, 12.0 km')
      expect(text).toContain('Strength')
      expect(text).toContain('Stop and contact your coach if')
      expect(text).not.toContain('Save as PDF')
      expect(text).not.toContain('Print…')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('Save as PDF cancelled in the save dialog writes nothing and says nothing went wrong', async ({
  page,
  backend,
}) => {
  const athlete = await call(backend, 'athletes.create', { name: 'Maren Holt' })
  await page.goto(`/#/print/plan/${String(athlete.id)}`)
  await expect(page.getByRole('region', { name: 'Week plan' })).toContainText('Rest or free day')
  // No file chosen: the save dialog answers as a coach who pressed Cancel.
  await page.getByRole('button', { name: 'Save as PDF' }).click()
  await expect(page.getByText('Ready to print')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByText(/PDF saved/)).toHaveCount(0)
})
