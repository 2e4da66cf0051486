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

describe('page geometry', () => {
  it('leaves more room on A4 than on Letter', () => {
    expect(bodyHeightPx(PAPER_SIZES.a4)).toBeGreaterThan(bodyHeightPx(PAPER_SIZES.letter))
  })
})
