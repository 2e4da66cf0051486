import { afterEach, describe, expect, it } from 'vitest'
import { ALERT_LEVELS, RULE_IDS, compareAlerts } from '#shared/guidance'
import { call, cleanup, tempBackend } from '../../../../test/support'
import { generateClub } from '../seed/generate'
import { writeClub } from '../seed/write'
import { guidanceService } from '.'
import { RULES } from './rules'
import { TODAY, day, only, scenario } from '../../../../test/guidance-fixtures'

afterEach(cleanup)

const END = '2026-03-29'

describe('a seeded club', () => {
  it('gets the same alerts from the team call as from each athlete’s own call', async () => {
    const backend = await tempBackend()
    writeClub(backend.repos, generateClub({ athletes: 12, days: 120, endDate: END, seed: 7 }))
    const guidance = guidanceService(backend.repos)
    const all = guidance.alertsForAll(END)
    const athletes = backend.repos.athletes.list(false)
    expect([...all.keys()].sort((a, b) => a - b)).toEqual(athletes.map((a) => a.id).sort((a, b) => a - b))
    for (const athlete of athletes) expect(all.get(athlete.id)).toEqual(guidance.alertsFor(athlete.id, END))

    const alerts = [...all.values()].flat()
    // The seeded club has the cases every coach screen should show.
    const rules = new Set(alerts.map((a) => a.ruleId))
    for (const id of ['red_flag_urgent', 'pain_spreading', 'onset_minute', 'pain_monitoring', 'shoes'] as const)
      expect(rules).toContain(id)

    for (const alert of alerts) {
      const rule = RULES.find((r) => r.id === alert.ruleId)
      expect(alert.ruleId === 'referral_first' ? ['info'] : rule?.levels).toContain(alert.level)
      expect(alert.key.startsWith(`${alert.ruleId}:${String(alert.athleteId)}:`)).toBe(true)
      expect(alert.evidence.length).toBeGreaterThan(0)
      expect(alert.sources.length).toBeGreaterThan(0)
      expect(alert.trigger.length).toBeGreaterThan(0)
      expect(alert.asOf).toBe(END)
      expect(`${alert.title} ${alert.message} ${alert.advice}`).not.toMatch(/diagnos|you have /i)
    }
    // Keys are unique per athlete, and every list comes sorted most urgent first.
    for (const list of all.values()) {
      expect(new Set(list.map((a) => a.key)).size).toBe(list.length)
      expect([...list].sort(compareAlerts)).toEqual(list)
    }
  })

  it('leaves archived athletes out of the team call but still answers for them one by one', async () => {
    const s = await scenario()
    await s.pain(day(-1), 2, { redFlags: ['saddle_numbness'] })
    s.backend.repos.athletes.archive(s.athleteId)
    expect(s.guidance.alertsForAll(TODAY).size).toBe(0)
    expect(s.guidance.alertsFor(s.athleteId, TODAY).map((a) => a.ruleId)).toContain('red_flag_urgent')
  })
})

describe('rules', () => {
  it('implements every rule id exactly once, in the order of RULE_IDS', () => {
    // referral_first runs after the rules, on what they raised (referralFirst.ts).
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS.filter((id) => id !== 'referral_first'))
    for (const rule of RULES) for (const level of rule.levels) expect(ALERT_LEVELS).toContain(level)
  })

  it('sorts an athlete’s alerts most urgent first', async () => {
    const s = await scenario()
    await s.shoe('Worn', { initialDistanceM: 900_000 })
    await s.assessment(day(-3), { wallGap: 'more_than_hand' })
    await s.pain(day(-1), 7, { redFlags: ['bilateral_leg_weakness'], location: 'below_knee' })
    expect(s.guidance.alertsFor(s.athleteId, TODAY).map((a) => [a.ruleId, a.level])).toEqual([
      ['red_flag_urgent', 'refer_today'],
      ['pain_spreading', 'refer'],
      ['shoes', 'caution'],
      // Referral first: the pain light, stretching and core advice are held, and one line says so.
      ['referral_first', 'info'],
    ])
  })
})

describe('acknowledging and snoozing', () => {
  it('keeps an acknowledged alert out of the inbox until new data gives it a new key', async () => {
    const s = await scenario()
    await s.pain(day(-2), 6, { timing: 'during' })
    const red = only(s.alerts('pain_monitoring'))
    expect(s.guidance.inbox(TODAY).map((a) => a.key)).toContain(red.key)

    const ack = s.guidance.acknowledge(red.key, s.athleteId, '  Talked it through  ')
    expect(ack).toMatchObject({
      alertKey: red.key,
      athleteId: s.athleteId,
      note: 'Talked it through',
      snoozedUntil: null,
    })
    expect(s.guidance.inbox(TODAY).map((a) => a.key)).not.toContain(red.key)
    expect(s.guidance.alertsFor(s.athleteId, TODAY, { hideAcknowledged: true }).map((a) => a.key)).not.toContain(
      red.key,
    )
    // Still there for the athlete page and in the history.
    expect(s.guidance.alertsFor(s.athleteId, TODAY).map((a) => a.key)).toContain(red.key)
    expect(s.guidance.acknowledgements(s.athleteId).map((a) => a.alertKey)).toEqual([red.key])

    await s.pain(day(-1), 7, { timing: 'during' })
    const again = only(s.alerts('pain_monitoring'))
    expect(again.key).not.toBe(red.key)
    expect(s.guidance.inbox(TODAY).map((a) => a.key)).toContain(again.key)
  })

  it('gives every active athlete a status badge: the most urgent alert, acknowledged or not', async () => {
    const s = await scenario()
    const calm = (await call(s.backend, 'athletes.create', { name: 'Calm Runner' })).id
    await s.assessment(day(-3), { wallGap: 'more_than_hand' })
    await s.pain(day(-1), 3, { redFlags: ['bladder_bowel_change'] })
    const urgent = only(s.alerts('red_flag_urgent'))
    s.guidance.acknowledge(urgent.key, s.athleteId, 'Sent to the GP')

    const badges = s.guidance.badges(TODAY)
    expect(
      Object.keys(badges)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([s.athleteId, calm])
    expect(badges[s.athleteId]).toEqual(urgent)
    expect(badges[calm]).toBeNull()
    // The inbox no longer lists it, but the badge still says what the athlete's status is.
    expect(s.guidance.inbox(TODAY).map((a) => a.key)).not.toContain(urgent.key)
  })

  it('hides a snoozed alert until the chosen day, and undoing brings it back at once', async () => {
    const s = await scenario()
    await s.assessment(day(-60), { wallGap: 'more_than_hand' })
    const alert = only(s.alerts('lordosis'))
    const snooze = s.guidance.snooze(alert.key, s.athleteId, day(7))
    const visible = (today: string) => s.guidance.inbox(today).some((a) => a.key === alert.key)
    expect([visible(TODAY), visible(day(6)), visible(day(7))]).toEqual([false, false, true])
    s.guidance.removeAcknowledgement(snooze.id)
    expect(visible(TODAY)).toBe(true)
  })

  it('acknowledges several alerts in one go and undoes them together, all or none', async () => {
    const s = await scenario()
    await s.assessment(day(-60), { wallGap: 'more_than_hand' })
    await s.pain(day(-2), 6, { timing: 'during' })
    const keys = [only(s.alerts('lordosis')).key, only(s.alerts('pain_monitoring')).key]
    const open = () => s.guidance.inbox(TODAY).filter((a) => keys.includes(a.key)).length
    expect(open()).toBe(2)

    // One bad key in the batch: nothing is acknowledged.
    const batch = keys.map((key) => ({ key, athleteId: s.athleteId }))
    expect(() =>
      s.guidance.acknowledgeMany([...batch, { key: `no_such_rule:${String(s.athleteId)}:x`, athleteId: s.athleteId }]),
    ).toThrow('That alert does not belong to this athlete.')
    expect(s.guidance.acknowledgements(s.athleteId)).toEqual([])

    const acks = s.guidance.acknowledgeMany(batch, 'Seen on Monday')
    expect(acks.map((a) => [a.alertKey, a.note])).toEqual(keys.map((key) => [key, 'Seen on Monday']))
    expect(open()).toBe(0)

    // An undo naming one acknowledgement that is gone leaves the others in place.
    const [first, second] = acks.map((a) => a.id)
    expect(() => s.guidance.removeAcknowledgements([first ?? 0, 99999])).toThrow('That acknowledgement was not found')
    expect(open()).toBe(0)
    expect(s.guidance.removeAcknowledgements([first ?? 0, second ?? 0])).toEqual([{ id: first }, { id: second }])
    expect(open()).toBe(2)
  })

  it('refuses a key of another athlete, an unknown rule, a bad date and a long note', async () => {
    const s = await scenario()
    const other = await scenario('Other')
    expect(() => s.guidance.acknowledge(`lordosis:${String(other.athleteId + 1)}:x`, s.athleteId)).toThrow(
      'That alert does not belong to this athlete.',
    )
    expect(() => s.guidance.acknowledge(`no_such_rule:${String(s.athleteId)}:x`, s.athleteId)).toThrow(
      'That alert does not belong to this athlete.',
    )
    expect(() => s.guidance.snooze(`lordosis:${String(s.athleteId)}:x`, s.athleteId, 'soon')).toThrow(
      'Use a date like 2026-03-31',
    )
    expect(() => s.guidance.acknowledge(`lordosis:${String(s.athleteId)}:x`, s.athleteId, 'x'.repeat(1001))).toThrow(
      'Notes are at most 1000 characters',
    )
    expect(() => s.guidance.removeAcknowledgement(12345)).toThrow('That acknowledgement was not found')
    expect(() => s.guidance.alertsFor(s.athleteId, '2026-13-01')).toThrow('Use a date like 2026-03-31')
  })

  it('stores decisions that the database checks itself', async () => {
    const backend = await tempBackend()
    const insert = (closedOn: string) =>
      backend.db.prepare("INSERT INTO athletes (name, experience, run_days_per_week) VALUES ('A', 'new', 3)").run() &&
      backend.db.prepare('INSERT INTO episode_closures (athlete_id, closed_on) VALUES (1, ?)').run(closedOn)
    expect(() => insert('2026-02-30')).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_CHECK' }))
    expect(() =>
      backend.db.prepare("INSERT INTO alert_acknowledgements (alert_key, athlete_id) VALUES ('k', 999)").run(),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' }))
  })
})
