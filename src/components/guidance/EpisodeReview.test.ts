// @vitest-environment happy-dom
// The episode review puts what changed first, whatever order the factors come in, and says that it
// describes training rather than a cause.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { REVIEW_FACTOR_LABEL, type EpisodeReview as Review, type ReviewFactor } from '#shared/guidance'
import { SOURCES } from '#shared/sources'
import EpisodeReview from './EpisodeReview.vue'

function factor(id: ReviewFactor['id'], changed: boolean, before: string, during: string): ReviewFactor {
  return { id, changed, before, during, evidence: [], sources: [SOURCES['seed-003']] }
}

const REVIEW: Review = {
  athleteId: 1,
  episodeStart: '2026-03-30',
  windowStart: '2026-03-16',
  windowEnd: '2026-03-29',
  baselineStart: '2026-03-02',
  baselineEnd: '2026-03-15',
  factors: [
    factor('monotony', false, 'highest 1.2', 'highest 1.3'),
    factor('cadence_drop', true, '172 steps/min on average', '165 steps/min on average'),
    factor('worn_shoes', false, 'every shoe under its replace distance', 'every shoe under its replace distance'),
    {
      ...factor('load_spike', true, 'no spike', '1 run over 110 % of the recent longest'),
      evidence: [
        {
          kind: 'run',
          id: 7,
          date: '2026-03-21',
          label: 'Long run',
          value: '250 % of the longest run of the 30 days before',
        },
      ],
      sources: [SOURCES['frandsen-2025']],
    },
  ],
}

describe('EpisodeReview', () => {
  it('lists the changed factors first with before → during, evidence and sources, then what did not change', () => {
    const wrapper = mount(EpisodeReview, { props: { review: REVIEW } })
    const headings = wrapper.findAll('h4').map((h) => h.text())
    expect(headings).toEqual(['What changed', 'What did not change'])

    const changed = wrapper.findAll('[data-testid="review-changed"] > li')
    expect(changed.map((li) => li.find('.episode-review__name').text())).toEqual([
      REVIEW_FACTOR_LABEL.cadence_drop,
      REVIEW_FACTOR_LABEL.load_spike,
    ])
    expect(changed[0]?.text()).toContain(
      'Earlier: 172 steps/min on average → before the pain: 165 steps/min on average',
    )
    expect(changed[1]?.text()).toContain('Sat 21 Mar 2026 · Long run: 250 % of the longest run of the 30 days before')
    expect(changed[1]?.text()).toContain(SOURCES['frandsen-2025'].citation)

    const unchanged = wrapper.findAll('[data-testid="review-unchanged"] > li .episode-review__name')
    expect(unchanged.map((n) => n.text())).toEqual([REVIEW_FACTOR_LABEL.monotony, REVIEW_FACTOR_LABEL.worn_shoes])
    // Every changed factor sits above every unchanged one on the page.
    const firstUnchanged = wrapper.find('[data-testid="review-unchanged"]').element
    for (const li of changed)
      expect(li.element.compareDocumentPosition(firstUnchanged) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('names both windows and says it describes training, not a cause', () => {
    const text = mount(EpisodeReview, { props: { review: REVIEW } }).text()
    expect(text).toContain('Mon 16 Mar 2026 – Sun 29 Mar 2026')
    expect(text).toContain('Mon 2 Mar 2026 – Sun 15 Mar 2026')
    expect(text).toContain('it does not say what caused the pain')
  })

  it('says so when nothing changed', () => {
    const calm = { ...REVIEW, factors: REVIEW.factors.map((f) => ({ ...f, changed: false })) }
    const wrapper = mount(EpisodeReview, { props: { review: calm } })
    expect(wrapper.text()).toContain('Nothing the review looks at changed between the two fortnights.')
    expect(wrapper.findAll('[data-testid="review-unchanged"] > li')).toHaveLength(4)
  })
})
