import type { Page } from '@playwright/test'
import type { Paper } from '#shared/programs'

/** Paper size in points (what pdfinfo reports) and the sheet page's height in CSS px (print.css). */
export const PAPER = {
  a4: { format: 'A4', widthPt: 595.28, heightPt: 841.89, pageMm: 296 },
  letter: { format: 'Letter', widthPt: 612, heightPt: 792, pageMm: 278.4 },
} as const

export interface SheetLayout {
  /** every page frame, its top measured from the top of the first page */
  pages: { top: number; height: number }[]
  cards: { name: string; page: number; top: number; bottom: number }[]
  /** index of the first page of each athlete's sheet */
  sheets: { athlete: string; firstPage: number }[]
}

/** The print route as Chromium lays it out for print: every page, every card, every athlete's sheet. */
export async function openSheet(page: Page, route: string, paper: Paper): Promise<SheetLayout> {
  await page.goto(`/#${route}?paper=${paper}`)
  await page.locator('html[data-print-ready="true"]').waitFor()
  await page.emulateMedia({ media: 'print' })
  const frames = page.locator('.sheet-page')
  const origin = (await frames.first().boundingBox())?.y ?? 0
  const pages = await frames.evaluateAll((els) =>
    els.map((el) => ({ top: el.getBoundingClientRect().top, height: el.getBoundingClientRect().height })),
  )
  const cards = await page.locator('.print-card').evaluateAll((els) =>
    els.map((card) => {
      const owner = card.closest('.sheet-page')
      const all = [...card.ownerDocument.querySelectorAll('.sheet-page')]
      const box = card.getBoundingClientRect()
      return {
        name: card.getAttribute('data-exercise') ?? '',
        page: owner ? all.indexOf(owner) : -1,
        top: box.top,
        bottom: box.bottom,
      }
    }),
  )
  const sheets = await page.locator('.sheet').evaluateAll((els) =>
    els.map((sheet) => {
      const all = [...sheet.ownerDocument.querySelectorAll('.sheet-page')]
      const first = sheet.querySelector('.sheet-page')
      return { athlete: sheet.getAttribute('data-athlete') ?? '', firstPage: first ? all.indexOf(first) : -1 }
    }),
  )
  return {
    pages: pages.map((p) => ({ ...p, top: p.top - origin })),
    cards: cards.map((c) => ({ ...c, top: c.top - origin, bottom: c.bottom - origin })),
    sheets,
  }
}
