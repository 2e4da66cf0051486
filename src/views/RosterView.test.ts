// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Alert, AlertLevel } from '#shared/guidance'
import type { AthleteSummary, Group } from '#shared/types'
import { byLabel, ok } from '../../test/renderer/helpers'
import RosterView from './RosterView.vue'
import type * as Client from '../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../test/renderer/api-double')
  return apiDouble({ demo: ['status', 'create'], athletes: ['list'], groups: ['list'], guidance: ['badges', 'inbox'] })
})

vi.mock('../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

function athlete(id: number, name: string, groups: string[], lastPainScore: number | null = null): AthleteSummary {
  return {
    id,
    name,
    groups,
    birthYear: null,
    sex: null,
    experience: 'experienced',
    runDaysPerWeek: 3,
    goal: '',
    notes: '',
    archived: false,
    createdAt: '2026-01-01',
    lastRunDate: null,
    lastRunDistanceM: null,
    lastPainScore,
    lastPainDate: null,
  }
}

const ATHLETES = [
  athlete(1, 'Anna Berg', ['Tuesday group'], 2),
  athlete(2, 'Zoë Martin', ['Tuesday group', 'Trail'], 7),
  athlete(3, 'Marco Rossi', ['Trail']),
]
const GROUPS: Group[] = [
  { id: 1, name: 'Trail', athleteCount: 2 },
  { id: 2, name: 'Tuesday group', athleteCount: 2 },
]

async function mountRoster() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: RosterView },
      { path: '/athletes/:id', component: { render: () => null } },
    ],
  })
  await router.push('/')
  const wrapper = mount(RosterView, { global: { plugins: [createPinia(), router] } })
  await flushPromises()
  return wrapper
}

function names(wrapper: Awaited<ReturnType<typeof mountRoster>>): string[] {
  return wrapper.findAll('[data-testid="roster-table"] tbody th a').map((a) => a.text())
}

beforeEach(() => {
  vi.clearAllMocks()
  api.demo.status.mockImplementation(() => ok({ empty: false }))
  api.athletes.list.mockImplementation(() => ok(ATHLETES))
  api.groups.list.mockImplementation(() => ok(GROUPS))
  api.guidance.badges.mockImplementation(() => ok({}))
  api.guidance.inbox.mockImplementation(() => ok([]))
})

function badge(athleteId: number, level: AlertLevel, title: string): Alert {
  return {
    key: `x:${String(athleteId)}:y`,
    ruleId: 'red_flag_urgent',
    level,
    athleteId,
    title,
    message: '',
    advice: '',
    trigger: '',
    evidence: [],
    sources: [],
    proposal: null,
    asOf: '2026-03-31',
  }
}

describe('RosterView', () => {
  it('filters by name as the coach types, ignoring case and accents', async () => {
    const wrapper = await mountRoster()
    expect(names(wrapper)).toEqual(['Anna Berg', 'Marco Rossi', 'Zoë Martin'])

    await byLabel(wrapper, 'Search athletes').setValue('zoe')
    expect(names(wrapper)).toEqual(['Zoë Martin'])

    await byLabel(wrapper, 'Search athletes').setValue('MAR')
    expect(names(wrapper)).toEqual(['Marco Rossi', 'Zoë Martin'])
  })

  it('filters by group, together with the search', async () => {
    const wrapper = await mountRoster()
    await byLabel(wrapper, 'Group').setValue('Trail')
    expect(names(wrapper)).toEqual(['Marco Rossi', 'Zoë Martin'])

    await byLabel(wrapper, 'Search athletes').setValue('anna')
    expect(names(wrapper)).toEqual([])
    expect(wrapper.text()).toContain('No athletes match “anna” in the group “Trail”.')

    const clear = wrapper.findAll('button').find((b) => b.text() === 'Clear filters')
    await clear?.trigger('click')
    expect(names(wrapper)).toEqual(['Anna Berg', 'Marco Rossi', 'Zoë Martin'])
  })

  it('sorts by last pain, highest first, with unknown scores last', async () => {
    const wrapper = await mountRoster()
    const header = wrapper.findAll('th button').find((b) => b.text().startsWith('Last pain'))
    await header?.trigger('click')
    expect(names(wrapper)).toEqual(['Zoë Martin', 'Anna Berg', 'Marco Rossi'])
    expect(header?.element.closest('th')?.getAttribute('aria-sort')).toBe('descending')
  })

  it('shows each athlete’s status in words and sorts by it, most urgent first, no alert last', async () => {
    api.guidance.badges.mockImplementation(() =>
      ok({
        1: badge(1, 'info', 'Cadence 164 spm: next step 169'),
        2: null,
        3: badge(3, 'refer_today', 'Urgent red flag: stop running, see a doctor today'),
      }),
    )
    const wrapper = await mountRoster()
    const status = () =>
      wrapper
        .findAll('[data-testid="roster-status"]')
        .map((td) => [td.find('[data-level]').exists() ? td.find('[data-level]').text() : null, td.text()])
    expect(status()).toEqual([
      ['Info', expect.stringContaining('Cadence 164 spm: next step 169')],
      ['Refer today', expect.stringContaining('Urgent red flag: stop running, see a doctor today')],
      [null, '—No alerts'],
    ])
    const header = wrapper.findAll('th button').find((b) => b.text().startsWith('Status'))
    await header?.trigger('click')
    expect(names(wrapper)).toEqual(['Marco Rossi', 'Anna Berg', 'Zoë Martin'])
    expect(header?.element.closest('th')?.getAttribute('aria-sort')).toBe('ascending')
  })

  it('welcomes a coach whose database is empty', async () => {
    api.demo.status.mockImplementation(() => ok({ empty: true }))
    api.athletes.list.mockImplementation(() => ok([]))
    const wrapper = await mountRoster()
    const welcome = wrapper.find('[data-testid="welcome"]')
    expect(welcome.exists()).toBe(true)
    expect(welcome.text()).toContain('Open the demo club')
    expect(welcome.text()).toContain('Start with an empty roster')
  })
})
