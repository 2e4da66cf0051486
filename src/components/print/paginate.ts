// Lays a sheet's blocks out on pages of a fixed height, so the screen shows exactly the pages the PDF
// will have and no block (an exercise card, a week of the log) is ever cut by a page break.
//
// Pages are explicit elements of the paper's size (print.css); this decides which blocks go on which
// page from their measured heights. A block that cannot fit on any page gets a page of its own.

export interface MeasuredBlock {
  height: number
  /** a heading: never the last thing on a page, it moves with the block after it */
  keepWithNext?: boolean
  /** height of the section heading repeated above this block when it starts a page (0: none) */
  carry?: number
  /** printed only if it fits on the page in progress; never given a page of its own */
  optional?: boolean
}

/** Indexes of the blocks on each page, in order; an optional block that did not fit is left out. */
export function paginate(blocks: readonly MeasuredBlock[], pageHeight: number, gap: number): number[][] {
  const pages: number[][] = []
  let page: number[] = []
  let used = 0
  const fits = (height: number, already: number, count: number) =>
    (count === 0 ? height : already + gap + height) <= pageHeight + 0.5
  // A block opening a page (other than the first) carries its section's heading above it.
  const opening = (block: MeasuredBlock) => (pages.length > 0 && block.carry ? block.carry + gap : 0) + block.height

  blocks.forEach((block, i) => {
    let needed = block.height
    const next = blocks[i + 1]
    // A heading only stays if the block after it fits too.
    if (block.keepWithNext && next) needed += gap + next.height
    if (!fits(needed, used, page.length) && page.length > 0) {
      if (block.optional) return
      pages.push(page)
      page = []
      used = 0
    }
    used = page.length === 0 ? opening(block) : used + gap + block.height
    page.push(i)
  })
  if (page.length) pages.push(page)
  return pages
}

export const MM = 96 / 25.4

export interface PaperSize {
  /** CSS page name and class suffix */
  name: 'a4' | 'letter'
  widthMm: number
  heightMm: number
}

export const PAPER_SIZES: Record<'a4' | 'letter', PaperSize> = {
  a4: { name: 'a4', widthMm: 210, heightMm: 297 },
  letter: { name: 'letter', widthMm: 215.9, heightMm: 279.4 },
}

/** Page margin, footer band and the gap between blocks, in mm; print.css uses the same numbers. */
export const SHEET = { marginMm: 12, footerMm: 8, gapMm: 4 } as const

/** Height in CSS px available to blocks on one page. */
export function bodyHeightPx(paper: PaperSize): number {
  return (paper.heightMm - 1 - 2 * SHEET.marginMm - SHEET.footerMm) * MM
}
