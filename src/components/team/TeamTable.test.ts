// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { TeamRow } from '#shared/analytics'
import type { Alert, AlertLevel } from '#shared/guidance'
import TeamTable from './TeamTable.vue'

function alert(athleteId: number, level: AlertLevel, title: string): Alert {
  return {
    key: `${level}-${String(athleteId)}`,
    ruleId: 'load_spike',
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

function row(athleteId: number, name: string, acwr: number | null, flag: Alert | null = null): TeamRow {
  return {
    athleteId,
    name,
    groups: [],
    loadWeeks: [100, 120, 0, 90, 150, 130, 110, 140],
    painWeeks: [null, 2, 3, null, null, 1, null, 4],
    acwr,
    acwrReason: acwr === null ? 'building_history' : null,
    chronicLoad: 412.4,
    monotony: 1.2,
    weekChangePct: 5,
    latestPain: null,
    flag,
  }
}

const ROWS = [
  row(1, 'Zoë Martin', 1.1),
  row(2, 'Anna Berg', 0.9, alert(2, 'info', 'Low cadence')),
  row(3, 'Marco Rossi', 1.6, alert(3, 'refer_today', 'Urgent red flag')),
  row(4, 'Ben Ode', null, alert(4, 'caution', 'Load spike')),
  row(5, 'Carla Diaz', 1.4, alert(5, 'caution', 'Monotonous week')),
  row(6, 'Aaron Li', 0.7),
]

async function mountTable(rows = ROWS) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/athletes/:id', component: { render: () => null } },
    ],
  })
  await router.push('/')
  const wrapper = mount(TeamTable, {
    props: { rows, weekStarts: ['2026-02-09'] },
    global: { plugins: [createPinia(), router] },
  })
  return { wrapper, router }
}

const names = (wrapper: Awaited<ReturnType<typeof mountTable>>['wrapper']) =>
  wrapper.findAll('tbody th a').map((a) => a.text())

describe('TeamTable', () => {
  it('lists the most urgent flag first, then by level, athletes without a flag last, by name within each', async () => {
    const { wrapper } = await mountTable()
    expect(names(wrapper)).toEqual(['Marco Rossi', 'Ben Ode', 'Carla Diaz', 'Anna Berg', 'Aaron Li', 'Zoë Martin'])
    const first = wrapper.find('tbody tr')
    expect(first.text()).toContain('Refer today')
    expect(first.text()).toContain('Urgent red flag')
    expect(wrapper.findAll('tbody tr').at(-1)?.find('.team-row__flag').text()).toBe('—')
    expect(wrapper.find('th[aria-sort]').text()).toContain('Flag')
  })

  it('sorts by ACWR, highest first, then lowest first, with missing ratios always last', async () => {
    const { wrapper } = await mountTable()
    const header = wrapper.findAll('th button').find((b) => b.text().startsWith('ACWR'))
    await header?.trigger('click')
    expect(names(wrapper)).toEqual(['Marco Rossi', 'Carla Diaz', 'Zoë Martin', 'Anna Berg', 'Aaron Li', 'Ben Ode'])
    expect(header?.element.closest('th')?.getAttribute('aria-sort')).toBe('descending')
    await header?.trigger('click')
    expect(names(wrapper)).toEqual(['Aaron Li', 'Anna Berg', 'Zoë Martin', 'Carla Diaz', 'Marco Rossi', 'Ben Ode'])
    expect(header?.element.closest('th')?.getAttribute('aria-sort')).toBe('ascending')
  })

  it('shows the ratio with its band, and sparklines that say their eight values', async () => {
    const { wrapper } = await mountTable([row(1, 'Zoë Martin', 1.3456)])
    expect(wrapper.find('tbody tr').text()).toContain('1.35 elevated')
    const labels = wrapper.findAll('svg[role="img"]').map((svg) => svg.attributes('aria-label'))
    expect(labels).toEqual([
      'Weekly load, 8 weeks from Mon 9 Feb 2026, oldest first: 100, 120, 0, 90, 150, 130, 110, 140',
      'Worst pain per week, 8 weeks from Mon 9 Feb 2026, oldest first: none, 2, 3, none, none, 1, none, 4',
    ])
  })

  it('shows "building history" instead of a ratio, and the chronic load next to every ratio', async () => {
    const { wrapper } = await mountTable([row(1, 'Zoë Martin', 1.3456), row(2, 'Ben Ode', null)])
    const cells = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td')[1]?.text())
    expect(cells).toEqual(['building history, chronic load 412', '1.35 elevated, chronic load 412'])
    const weekHeader = wrapper.findAll('th button').find((b) => b.text().startsWith('Week change'))
    expect(weekHeader?.attributes('title')).toContain('this week so far against the same weekdays of last week')
  })

  it('opens the athlete when the coach clicks a row', async () => {
    const { wrapper, router } = await mountTable()
    await wrapper.findAll('tbody tr')[1]?.find('td').trigger('click')
    await new Promise((resolve) => setTimeout(resolve))
    expect(router.currentRoute.value.fullPath).toBe('/athletes/4')
  })
})
