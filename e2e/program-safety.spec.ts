// A group print as a coach would make it before a block starts, with the two cases a physiotherapist
// looks for first: a runner whose program is still a draft, and a runner with an open referral. The
// PDF is read back with poppler: the referral sits at the top of that runner's safety box, every page
// of the draft says so, no text is under 9 pt, and each exercise has one card per sheet.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addDays, localIsoDate } from '#shared/dates'
import { pdfFontSizes, pdfInfo, pdfText } from './pdf'
import { seedRunner } from './pages/program'
import { call } from '../test/support'
import { openSheet } from './pages/print'
import { expect, test } from './fixtures'

test('a group print marks the draft on every page, puts the referral first and keeps text at 9 pt or more', async ({
  page,
  backend,
}) => {
  // The coach profile, typed in Settings.
  await page.goto('/#/settings')
  await page.getByLabel('Your name').fill('Ana Ruiz')
  await page.getByLabel('Phone').fill('call me')
  await page.getByRole('button', { name: 'Save coach profile' }).click()
  await expect(page.getByText('Use digits, spaces and + ( ) - only')).toBeVisible()
  await page.getByLabel('Phone').fill('+34 600 123 456')
  await page.getByRole('button', { name: 'Save coach profile' }).click()
  await expect(page.getByTestId('toast').filter({ hasText: 'Coach profile saved' })).toBeVisible()

  // Hanna: proposed (a draft), then pain below the knee: an open referral.
  const hanna = await seedRunner(backend, 'Hanna W.', ['Block A'])
  await call(backend, 'programs.propose', { athleteId: hanna.id })
  await call(backend, 'pain.report', {
    athleteId: hanna.id,
    date: addDays(localIsoDate(new Date()), -1),
    score: 3,
    timing: 'next_morning',
    location: 'below_knee',
  })
  // Mateo: agreed (active); his wall test suggests a medical check.
  const mateo = await seedRunner(backend, 'Mateo J.', ['Block A'])
  const proposed = await call(backend, 'programs.propose', { athleteId: mateo.id })
  const { id, items, createdAt: _c, updatedAt: _u, athleteId: _a, rationale: _r, ...settings } = proposed
  await call(backend, 'programs.update', { id, items, ...settings, status: 'active' })
  const groupId = (await call(backend, 'groups.list', {})).find((g) => g.name === 'Block A')?.id ?? 0

  // The athlete page shows Hanna's referral instead of offering a proposal.
  await page.goto(`/#/athletes/${String(hanna.id)}/program`)
  const section = page.getByTestId('programs-section')
  await expect(section.getByTestId('program-referral')).toContainText('Refer first: Pain reaching below the knee')
  await expect(section.getByRole('button', { name: 'Propose a program' })).toHaveCount(0)

  // The print view says what happens to drafts, and whose.
  await page.goto(`/#/print/group/${String(groupId)}`)
  await expect(
    page.getByText('Draft programs are printed with “DRAFT — not yet agreed” on every page. Drafts here: Hanna W.'),
  ).toBeVisible()

  const layout = await openSheet(page, `/print/group/${String(groupId)}`, 'a4')
  expect(layout.sheets.map((s) => s.athlete)).toEqual(['Hanna W.', 'Mateo J.'])
  const pagesOf = (i: number) => {
    const first = layout.sheets[i]?.firstPage ?? 0
    const next = layout.sheets[i + 1]?.firstPage ?? layout.pages.length
    return Array.from({ length: next - first }, (_, k) => first + k + 1)
  }
  // One card per exercise on each sheet.
  for (const [i, sheet] of layout.sheets.entries()) {
    const pages = new Set(pagesOf(i).map((p) => p - 1))
    const names = layout.cards.filter((c) => pages.has(c.page)).map((c) => c.name)
    expect(names.length, sheet.athlete).toBeGreaterThan(5)
    expect(new Set(names).size, sheet.athlete).toBe(names.length)
  }

  // Tick boxes a runner can tick with a pen: at least 5 mm, at least 2 mm apart.
  const boxes = await page.locator('.sheet-log__table .tick__box').evaluateAll((els) =>
    els.slice(0, 40).map((el) => {
      const box = el.getBoundingClientRect()
      const next = el.parentElement?.nextElementSibling?.querySelector('.tick__box')?.getBoundingClientRect()
      return { width: box.width, height: box.height, gap: next && next.top === box.top ? next.left - box.right : null }
    }),
  )
  const MM = 96 / 25.4
  expect(boxes.length).toBeGreaterThan(10)
  for (const b of boxes) {
    expect(b.width).toBeGreaterThanOrEqual(5 * MM - 0.5)
    expect(b.height).toBeGreaterThanOrEqual(5 * MM - 0.5)
    if (b.gap !== null) expect(b.gap).toBeGreaterThanOrEqual(2 * MM - 0.5)
  }

  const dir = mkdtempSync(join(tmpdir(), 'backstride-safety-'))
  try {
    const file = join(dir, 'group.pdf')
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(pdfInfo(file).pages).toBe(layout.pages.length)

    // Hanna's draft: the mark on every one of her pages, none on Mateo's.
    for (const p of pagesOf(0)) expect(pdfText(file, p), `page ${String(p)}`).toContain('DRAFT — not yet agreed')
    for (const p of pagesOf(1)) expect(pdfText(file, p), `page ${String(p)}`).not.toContain('DRAFT')

    // The referral at the top of Hanna's safety box, before the stop rules; the coach from the profile.
    const hannaFirst = pdfText(file, pagesOf(0)[0])
    const referral = hannaFirst.indexOf(
      'See a doctor or physiotherapist before starting this program: Pain reaching below the knee',
    )
    expect(referral).toBeGreaterThan(-1)
    expect(referral).toBeLessThan(hannaFirst.indexOf('Stop and contact'))
    expect(hannaFirst).toContain('Stop and contact Ana Ruiz (+34 600 123 456) if')
    for (const words of [
      'lasts more than 8 weeks, spreads to the calf or foot, or does not ease with stretching',
      'a change in bladder or bowel control, or weakness in both legs',
      'fever or feeling unwell, unexplained weight loss, constant or night pain, or pain after a fall or accident',
    ])
      expect(hannaFirst).toContain(words)
    // Mateo's suggested medical check.
    expect(pdfText(file, pagesOf(1)[0])).toContain(
      'Your coach suggests a medical check: Wall test: gap of more than a hand',
    )

    // The log: a pain cell per day, headings repeated where a section runs onto a new page.
    const all = pdfText(file)
    expect(all).toContain('Pain 0–10')
    expect(all).toContain('What you did')
    expect(all).toContain('(continued)')
    // No page holds only the notes lines.
    for (let p = 1; p <= layout.pages.length; p++) {
      const text = pdfText(file, p).replace(/Page \d+ of \d+/, '')
      expect(
        text.replace(/DRAFT — not yet agreed|Hanna W\.|Mateo J\.|·|Back-care strength and mobility/g, '').trim(),
      ).not.toBe('Your notes')
    }

    // No text under 9 pt, measured from the PDF itself.
    const sizes = pdfFontSizes(file).flat()
    expect(sizes.length).toBeGreaterThan(3)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9)
  } finally {
    if (process.env.KEEP_PDF) execFileSync('cp', ['-r', dir, process.env.KEEP_PDF])
    rmSync(dir, { recursive: true, force: true })
  }
})
