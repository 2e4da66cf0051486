import { describe, expect, it } from 'vitest'
import type { Alert, AlertLevel } from '#shared/guidance'
import { groupAlerts } from './alertGroups'

const alert = (key: string, athleteId: number, level: AlertLevel): Alert => ({
  key,
  ruleId: 'monotony',
  level,
  athleteId,
  title: key,
  message: '',
  advice: '',
  trigger: '',
  evidence: [],
  sources: [],
  proposal: null,
  asOf: '2026-03-10',
})

// The inbox's order: most urgent first.
const inbox = [alert('a', 2, 'refer'), alert('b', 1, 'caution'), alert('c', 3, 'caution'), alert('d', 1, 'info')]
const names: Record<number, string> = { 1: 'Ben T.', 2: 'Zoe K.', 3: 'Ada L.' }
const nameOf = (id: number) => names[id] ?? ''
const shape = (by: 'level' | 'athlete' | null) =>
  groupAlerts(inbox, by, nameOf).map((g) => [g.heading, g.alerts.map((a) => a.key)])

describe('the inbox sections', () => {
  it('by level: the levels that have alerts, most urgent first', () => {
    expect(shape('level')).toEqual([
      ['Refer', ['a']],
      ['Caution', ['b', 'c']],
      ['Info', ['d']],
    ])
  })

  it('by athlete: the athlete with the most urgent alert first, ties by name, alerts in inbox order', () => {
    expect(shape('athlete')).toEqual([
      ['Zoe K.', ['a']],
      ['Ada L.', ['c']],
      ['Ben T.', ['b', 'd']],
    ])
  })

  it('without grouping: one list without a heading', () => {
    expect(shape(null)).toEqual([[null, ['a', 'b', 'c', 'd']]])
  })
})
