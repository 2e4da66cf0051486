import { describe, expect, it } from 'vitest'
import { ALERT_LEVELS, ALERT_LEVEL_LABEL, compareAlerts, mostUrgent, type Alert } from './guidance'
import { SOURCES } from './sources'

const alert = (key: string, level: Alert['level'], dates: (string | null)[]): Alert => ({
  key,
  ruleId: 'shoes',
  level,
  athleteId: 1,
  title: key,
  message: '',
  advice: '',
  trigger: '',
  evidence: dates.map((date) => ({ kind: 'metric', id: null, date, label: '', value: '' })),
  sources: [],
  proposal: null,
  asOf: '2026-03-25',
})

describe('alert order', () => {
  it('lists levels most urgent first, each with a coach label', () => {
    expect(ALERT_LEVELS.map((l) => ALERT_LEVEL_LABEL[l])).toEqual([
      'Refer today',
      'Refer',
      'Red light',
      'Caution',
      'Amber light',
      'Info',
    ])
  })

  it('sorts by level, then newest evidence, then key', () => {
    const list = [
      alert('a', 'info', ['2026-03-24']),
      alert('b', 'caution', ['2026-01-01']),
      alert('c', 'info', ['2026-03-01', '2026-03-25']),
      alert('d', 'refer_today', [null]),
      alert('e', 'info', ['2026-03-24']),
    ]
    expect([...list].sort(compareAlerts).map((a) => a.key)).toEqual(['d', 'b', 'c', 'a', 'e'])
    expect(mostUrgent(list)?.key).toBe('d')
    expect(mostUrgent([])).toBeNull()
  })

  it('cites each source by its key, as a reader expects: title and where it appeared, or authors, year and journal', () => {
    for (const [key, source] of Object.entries(SOURCES)) {
      expect(source.key).toBe(key)
      expect(source.citation).not.toMatch(/source article|seed/i)
    }
    expect(SOURCES['seed-003'].citation).toBe(
      '“Lower Back Pain—How To Prevent Back Injuries While Running”, guest post by Allison Felsenthal, Baleaf Australia blog (web).',
    )
    expect(SOURCES['nielsen-2014'].citation).toMatch(
      /^Nielsen RO.*\(2014\).*Journal of Orthopaedic & Sports Physical Therapy/,
    )
    expect(SOURCES['finucane-2020'].citation).toContain('(2020)')
  })
})
