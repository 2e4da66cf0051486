import { describe, expect, it } from 'vitest'
import type { Alert } from '#shared/guidance'
import type { AthleteSummary } from '#shared/types'
import { matchIn } from './useRosterFilter'
import { folded } from './text'

const zoe = {
  id: 2,
  name: 'Zoë Martin',
  groups: ['Tuesday group', 'Trail'],
  notes: 'Had a stress fracture in 2024; builds volume slowly. Prefers morning runs.',
  goal: 'Half marathon in spring',
} as AthleteSummary

const spike = { athleteId: 2, title: 'Load spike this week', message: 'Acute:chronic ratio 1.6' } as Alert
const other = { athleteId: 9, title: 'Pain rising', message: '' } as Alert

const find = (text: string, alerts: Alert[] = [spike, other]) => matchIn(zoe, folded(text), alerts)

describe('the roster search', () => {
  it('finds a name without accents and says nothing more', () => {
    expect(find('zoe')).toBe('')
  })

  it('finds a group, an alert of this athlete, the notes and the goal, and says where', () => {
    expect(find('trail')).toBe('Group: Trail')
    expect(find('spike')).toBe('Alert: Load spike this week')
    expect(find('fracture')).toBe('Notes: Had a stress fracture in 2024; builds volume slowly…')
    expect(find('morning')).toBe('Notes: …builds volume slowly. Prefers morning runs.')
    expect(find('marathon')).toBe('Goal: Half marathon in spring')
  })

  it("does not find an athlete by another athlete's alert", () => {
    expect(find('pain rising')).toBeNull()
    expect(find('spike', [other])).toBeNull()
  })
})
