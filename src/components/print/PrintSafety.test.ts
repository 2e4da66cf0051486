// @vitest-environment happy-dom
// The safety box in plain words: what to do first, who to call, and when not to wait for the coach.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PrintSafety from './PrintSafety.vue'

const text = (
  coachName: string,
  coachPhone = '',
  notices: { kind: 'refer_today' | 'refer' | 'medical_check'; title: string; date: string | null }[] = [],
) =>
  mount(PrintSafety, { props: { safety: { coachName, coachPhone, notices } } })
    .text()
    .replace(/\s+/g, ' ')

describe('PrintSafety', () => {
  it('says "your coach" when the profile has no name, never "Coach —"', () => {
    const box = text('')
    expect(box).toContain('Stop and contact your coach if')
    expect(box).not.toContain('—')
  })

  it('gives the coach’s name and phone from the profile', () => {
    expect(text('Ana Ruiz', '+34 600 123 456')).toContain('Stop and contact Ana Ruiz (+34 600 123 456) if')
  })

  it('carries the source articles’ referral criteria, the same-day list and the other red flags', () => {
    const box = text('')
    expect(box).toContain('above 5 out of 10 during an exercise, a run or the next morning')
    expect(box).toContain('lasts more than 8 weeks, spreads to the calf or foot, or does not ease with stretching')
    expect(box).toContain('See a doctor the same day for')
    expect(box).toContain('numbness around the groin or saddle area, a change in bladder or bowel control')
    expect(box).toContain('weakness in both legs')
    expect(box).toContain(
      'fever or feeling unwell, unexplained weight loss, constant or night pain, or pain after a fall',
    )
  })

  it('puts an open referral and a medical check first, before the stop rules', () => {
    const box = text('', '', [
      { kind: 'refer_today', title: 'Urgent red flag: stop running, see a doctor today', date: null },
      { kind: 'medical_check', title: 'Wall test: gap of more than a hand', date: null },
    ])
    expect(box.indexOf('See a doctor today, before any more running or exercise: Urgent red flag')).toBe(0)
    expect(box.indexOf('Your coach suggests a medical check: Wall test')).toBeLessThan(box.indexOf('Stop and contact'))
  })
})
