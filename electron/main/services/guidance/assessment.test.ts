import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../../../../test/support'
import { day, only, scenario, sourceKeys } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

describe('tight hamstrings', () => {
  it('stays quiet for normal hamstrings without pain, and asks for twice-daily stretching when tight', async () => {
    const s = await scenario('Ada')
    await s.assessment(day(-40), { hamstringLeft: 'normal', hamstringRight: 'normal' })
    expect(s.alerts('tight_hamstrings')).toEqual([])

    const id = await s.assessment(day(-5), { hamstringLeft: 'tight', hamstringRight: 'normal' })
    const alert = only(s.alerts('tight_hamstrings'))
    expect(alert.level).toBe('info')
    expect(alert.key).toBe(`tight_hamstrings:${String(s.athleteId)}:assessment-${String(id)}`)
    expect(alert.title).toBe('Tight hamstrings: stretch twice a day')
    expect(alert.evidence).toEqual([
      { kind: 'assessment', id, date: day(-5), label: 'Hamstring test', value: 'left tight, right normal' },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-001', 'seed-002'])
  })

  it('goes by the latest hamstring test: a later normal result clears an earlier tight one', async () => {
    const s = await scenario()
    await s.assessment(day(-40), { hamstringLeft: 'tight', hamstringRight: 'tight' })
    await s.assessment(day(-5), { hamstringLeft: 'normal', hamstringRight: 'normal' })
    await s.assessment(day(-1), { plankSec: 45 }) // no hamstring test
    expect(s.alerts('tight_hamstrings')).toEqual([])
  })

  it('asks for daily stretching while pain is present, even with normal hamstrings', async () => {
    const s = await scenario()
    await s.assessment(day(-40), { hamstringLeft: 'normal', hamstringRight: 'normal' })
    await s.pain(day(-3), 2)
    const alert = only(s.alerts('tight_hamstrings'))
    expect(alert.title).toBe('Back pain: stretch the hamstrings daily')
    expect(alert.key).toBe(`tight_hamstrings:${String(s.athleteId)}:episode-${day(-3)}`)
    expect(alert.advice).toContain('twice a day while the back hurts')
  })
})

describe('one side tighter', () => {
  it('stays quiet when both sides match and informs when one side is tight', async () => {
    const s = await scenario()
    await s.assessment(day(-20), {
      hamstringLeft: 'tight',
      hamstringRight: 'tight',
      hipFlexorLeft: 'normal',
      hipFlexorRight: 'normal',
    })
    expect(s.alerts('one_side_tighter')).toEqual([])

    const id = await s.assessment(day(-2), { hipFlexorLeft: 'normal', hipFlexorRight: 'tight' })
    const alert = only(s.alerts('one_side_tighter'))
    expect(alert.level).toBe('info')
    expect(alert.message).toContain('hip flexors (right)')
    expect(alert.advice).toContain('spend longer stretching the tighter side')
    expect(alert.evidence).toEqual([
      { kind: 'assessment', id, date: day(-2), label: 'Hip flexors', value: 'left normal, right tight' },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-002'])
  })

  it('does not compare a side that was not tested', async () => {
    const s = await scenario()
    await s.assessment(day(-2), { hamstringLeft: 'tight', hamstringRight: null })
    expect(s.alerts('one_side_tighter')).toEqual([])
  })
})

describe('wall test (lordosis)', () => {
  it('stays quiet for a one-hand gap and informs for more than a hand, suggesting a medical check', async () => {
    const s = await scenario()
    await s.assessment(day(-10), { wallGap: 'one_hand' })
    expect(s.alerts('lordosis')).toEqual([])

    const id = await s.assessment(day(-1), { wallGap: 'more_than_hand' })
    const alert = only(s.alerts('lordosis'))
    expect(alert.level).toBe('info')
    expect(alert.advice).toContain('Core work')
    expect(alert.advice).toContain('a check by a doctor or physiotherapist')
    expect(alert.message).not.toMatch(/you have|diagnos/i)
    expect(alert.evidence).toEqual([
      { kind: 'assessment', id, date: day(-1), label: 'Wall test', value: 'More than a hand' },
    ])
    expect(sourceKeys(alert)).toEqual(['seed-001'])
  })
})
