import { afterEach, describe, expect, it } from 'vitest'
import { call, cleanup } from '../../../../test/support'
import { TODAY, activeProgram, day, only, scenario, type Scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

/** An athlete with tight hamstrings and a low cadence: two pieces of exercise advice a coach would see. */
async function withAdvice(): Promise<Scenario> {
  const s = await scenario()
  await s.assessment(day(-5), { hamstringLeft: 'tight', hamstringRight: 'tight', cadenceSpm: 160 })
  return s
}

const rules = (s: Scenario, today = TODAY) => s.guidance.alertsFor(s.athleteId, today).map((a) => a.ruleId)

describe('referral first', () => {
  it('holds stretching and cadence advice while saddle numbness is open, with one line saying why', async () => {
    const s = await withAdvice()
    expect(rules(s)).toEqual(expect.arrayContaining(['tight_hamstrings', 'cadence']))

    await s.pain(day(-1), 4, { redFlags: ['saddle_numbness'] })
    const alerts = s.guidance.alertsFor(s.athleteId, TODAY)
    expect(alerts[0]?.ruleId).toBe('red_flag_urgent')
    expect(alerts.map((a) => a.ruleId)).not.toContain('tight_hamstrings')
    expect(alerts.map((a) => a.ruleId)).not.toContain('cadence')
    const held = only(alerts.filter((a) => a.ruleId === 'referral_first'))
    expect(held.title).toBe('Exercise advice held until Ada Lovelace has seen a clinician')
    expect(held.message).toMatch(/^2 pieces of exercise and training advice \(.*hamstring stretching.*\) are held/)
    expect(held.message).toContain('low running cadence')
    expect(held.sources.map((x) => x.key)).toEqual(['finucane-2020'])
  })

  it('holds advice for pain spreading below the knee (refer) too, but never the pain alerts themselves', async () => {
    const s = await withAdvice()
    await s.pain(day(-1), 3, { location: 'below_knee' })
    const ids = rules(s)
    expect(ids).toContain('pain_spreading')
    expect(ids).toContain('referral_first')
    expect(ids).not.toContain('tight_hamstrings')
  })

  it('shows the advice again once the coach records "seen by a clinician, cleared to train", and undo brings the hold back', async () => {
    const s = await withAdvice()
    await s.pain(day(-1), 4, { redFlags: ['fever_unwell'] })
    const referral = only(s.alerts('red_flag'))
    const cleared = await call(s.backend, 'guidance.clearReferral', {
      key: referral.key,
      athleteId: s.athleteId,
      seenOn: TODAY,
      clinician: 'GP practice',
    })
    expect(cleared).toMatchObject({ alertKey: referral.key, seenOn: TODAY, clinician: 'GP practice' })
    expect(cleared.uuid).toMatch(/^[0-9a-f-]{36}$/)
    expect(rules(s)).not.toContain('red_flag')
    expect(rules(s)).not.toContain('referral_first')
    expect(rules(s)).toEqual(expect.arrayContaining(['tight_hamstrings', 'cadence']))

    // Taken back: a tombstone, so the row is still there for undo and replication.
    await call(s.backend, 'guidance.removeClearance', { id: cleared.id })
    expect(await call(s.backend, 'guidance.clearances', { athleteId: s.athleteId })).toEqual([])
    expect(rules(s)).toContain('referral_first')
    const row = s.backend.repos.db
      .prepare('SELECT deleted_at FROM referral_clearances WHERE id = ?')
      .get(cleared.id) as { deleted_at: string | null }
    expect(row.deleted_at).not.toBeNull()
    await call(s.backend, 'guidance.restoreClearance', { id: cleared.id })
    expect(rules(s)).not.toContain('referral_first')

    // A new red flag after the clearance is a new referral: the advice is held again.
    await s.pain(day(0), 2, { redFlags: ['constant_night_pain'] })
    expect(rules(s)).toContain('referral_first')
  })

  it('replaces the pain light’s plan for next week with the referral while it is open', async () => {
    const s = await withAdvice()
    await s.pain(day(-1), 2)
    expect(s.guidance.trafficLight(s.athleteId, TODAY).nextWeek).toMatch(/^Pain stayed within the limits/)
    await s.pain(day(0), 2, { redFlags: ['fever_unwell'] })
    const light = s.guidance.trafficLight(s.athleteId, TODAY)
    expect(light.color).toBe('green')
    expect(light.nextWeek).toBe(
      'Referral first (“Red flag: see a doctor before more training”): plan no training progression until a ' +
        'clinician has seen Ada Lovelace and cleared them to train.',
    )
  })

  it('refuses to clear an alert that is not a referral, or a visit in the future', async () => {
    const s = await withAdvice()
    const advice = only(s.alerts('cadence'))
    const notReferral = await s.backend.dispatch('guidance.clearReferral', {
      key: advice.key,
      athleteId: s.athleteId,
      seenOn: TODAY,
    })
    expect(notReferral).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'key', message: 'Only a referral can be cleared by a clinician.' },
    })
    const future = await s.backend.dispatch('guidance.clearReferral', {
      key: `red_flag:${String(s.athleteId)}:pain-1`,
      athleteId: s.athleteId,
      seenOn: '2999-01-01',
    })
    expect(future).toMatchObject({ ok: false, error: { field: 'seenOn' } })
  })

  it('shows the referral instead of proposing a program', async () => {
    const s = await withAdvice()
    await activeProgram(s, '2026-03-16')
    await s.pain(day(-1), 3, { location: 'below_knee' })
    const answer = await s.backend.dispatch('programs.propose', { athleteId: s.athleteId, today: TODAY })
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict', field: 'athleteId' } })
    if (!answer.ok) expect(answer.error.message).toMatch(/^Refer first: pain reaching below the knee/i)
  })
})
