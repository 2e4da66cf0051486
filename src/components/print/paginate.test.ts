import { describe, expect, it } from 'vitest'
import { bodyHeightPx, paginate, PAPER_SIZES } from './paginate'

const b = (height: number, keepWithNext = false) => ({ height, keepWithNext })

describe('paginate', () => {
  it('fills a page before starting the next, counting the gaps', () => {
    expect(paginate([b(40), b(40), b(40)], 100, 10)).toEqual([[0, 1], [2]])
    expect(paginate([b(40), b(50)], 100, 10)).toEqual([[0, 1]])
  })

  it('never leaves a heading alone at the bottom of a page', () => {
    expect(paginate([b(60), b(10, true), b(50)], 100, 5)).toEqual([[0], [1, 2]])
  })

  it('gives a block taller than a page a page of its own', () => {
    expect(paginate([b(20), b(150), b(20)], 100, 5)).toEqual([[0], [1], [2]])
  })

  it('keeps every block, in order', () => {
    const blocks = Array.from({ length: 40 }, (_, i) => b(10 + ((i * 37) % 60), i % 5 === 0))
    expect(paginate(blocks, 200, 8).flat()).toEqual(blocks.map((_, i) => i))
  })
})

describe('continuation pages', () => {
  it('makes room for the section heading repeated above a block that starts a page', () => {
    // Without the carried heading 30 + 60 would fit the second page; with it (15 + 5 gap) they do not.
    expect(paginate([b(90), { height: 30, carry: 15 }, { height: 60, carry: 15 }], 100, 5)).toEqual([[0], [1], [2]])
    expect(paginate([b(90), { height: 30 }, { height: 60 }], 100, 5)).toEqual([[0], [1, 2]])
  })

  it('prints the notes lines only where they fit: never a page holding only them', () => {
    expect(paginate([b(80), { height: 30, optional: true }], 100, 5)).toEqual([[0]])
    expect(paginate([b(60), { height: 30, optional: true }], 100, 5)).toEqual([[0, 1]])
  })
})

describe('page geometry', () => {
  it('leaves more room on A4 than on Letter', () => {
    expect(bodyHeightPx(PAPER_SIZES.a4)).toBeGreaterThan(bodyHeightPx(PAPER_SIZES.letter))
  })
})
