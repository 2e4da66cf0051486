// @vitest-environment happy-dom
// An alert card as the coach reads it: the proposal in one exact line in their unit, the why-panel with
// the records and sources, a red flag as a banner, and Acknowledge / Snooze with what they send.
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { todayLocal } from '../../composables/dates'
import { addDays } from '#shared/dates'
import { type Alert, type Proposal } from '#shared/guidance'
import { SOURCES } from '#shared/sources'
import { useSettingsStore } from '../../stores/settings'
import { byLabel, ok } from '../../../test/renderer/helpers'
import AlertCard from './AlertCard.vue'
import type * as Client from '../../api/client'

const api = await vi.hoisted(async () => {
  const { apiDouble } = await import('../../../test/renderer/api-double')
  return apiDouble({ guidance: ['acknowledge', 'snooze', 'inbox'] })
})

vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof Client>()),
  api,
}))

function alert(fields: Partial<Alert> = {}): Alert {
  return {
    key: 'onset_minute:4:pain-11,12',
    ruleId: 'onset_minute',
    level: 'caution',
    athleteId: 4,
    title: 'Pain starts around minute 30: cap runs at 20 min',
    message: "In 2 recent runs Mara's back started to hurt after about 30 minutes.",
    advice: "Consider capping Mara's runs at 20 minutes for now, adding strength work.",
    trigger: 'Pain during the run with a minute of onset in at least 2 runs of the last 28 days.',
    evidence: [
      {
        kind: 'pain',
        id: 11,
        date: '2026-03-24',
        label: 'Pain report (during the run)',
        value: '4/10, started at minute 30',
      },
      { kind: 'metric', id: null, date: null, label: 'Proposed run cap', value: '20 min' },
    ],
    sources: [SOURCES['seed-002']],
    proposal: { kind: 'run_cap', onsetMinute: 30, capMinutes: 20 },
    asOf: '2026-03-25',
    ...fields,
  }
}

let pinia: Pinia
enableAutoUnmount(afterEach)

async function mountCard(props: { alert: Alert; banner?: boolean }) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  })
  await router.push('/')
  return mount(AlertCard, { props, global: { plugins: [pinia, router] }, attachTo: document.body })
}

const proposalOf = async (proposal: Proposal) =>
  (await mountCard({ alert: alert({ proposal }) })).find('[data-testid="alert-proposal"]').text()

beforeEach(() => {
  pinia = createPinia()
  setActivePinia(pinia)
  vi.clearAllMocks()
  api.guidance.inbox.mockImplementation(() => ok([]))
})

describe('AlertCard', () => {
  it('shows the level in words, the title, message, advice and the proposal in one exact line', async () => {
    const wrapper = await mountCard({ alert: alert() })
    expect(wrapper.find('[data-level="caution"]').text()).toBe('Caution')
    expect(wrapper.find('h3').text()).toBe('Pain starts around minute 30: cap runs at 20 min')
    expect(wrapper.text()).toContain("Consider capping Mara's runs at 20 minutes")
    expect(wrapper.find('[data-testid="alert-proposal"]').text()).toBe(
      'Proposal: Cap runs at 20 min (pain starts around minute 30), then build up gradually.',
    )
    expect(await proposalOf({ kind: 'cadence_step', currentSpm: 163.4, targetSpm: 168 })).toBe(
      'Proposal: 163 → 168 steps/min with a metronome on easy runs.',
    )
    expect(
      await proposalOf({ kind: 'surface_mix', hardSharePct: 87.5, hardDistanceM: 70_000, totalDistanceM: 80_000 }),
    ).toBe(
      'Proposal: Mix in trail, track or grass: 87.5 % of the distance (70.0 km of 80.0 km) was on road or concrete.',
    )
  })

  it('gives the shoe and its distance in the coach’s unit', async () => {
    const shoe: Proposal = {
      kind: 'replace_shoe',
      shoeId: 3,
      shoeName: 'Pegasus 41',
      usedDistanceM: 836_000,
      replaceDistanceM: 804_672,
    }
    expect(await proposalOf(shoe)).toBe('Proposal: Replace Pegasus 41: 836.0 km used of 804.7 km.')
    useSettingsStore().units = 'mi'
    expect(await proposalOf(shoe)).toBe('Proposal: Replace Pegasus 41: 519.5 mi used of 500.0 mi.')
  })

  it('explains why: the rule and its trigger, every record behind it with its date, and the sources', async () => {
    const wrapper = await mountCard({ alert: alert() })
    const why = wrapper.find('details')
    expect(why.find('summary').text()).toBe('Why am I seeing this?')
    expect(why.text()).toContain(
      'Pain starts at the same point of the run. Pain during the run with a minute of onset in at least 2 runs',
    )
    expect(why.findAll('[data-testid="alert-evidence"] > li').map((li) => li.text())).toEqual([
      'Tue 24 Mar 2026 · Pain report (during the run): 4/10, started at minute 30 Show',
      'Proposed run cap: 20 min',
    ])
    expect(why.findAll('[data-testid="alert-sources"] li').map((li) => li.text())).toEqual([
      SOURCES['seed-002'].citation,
    ])
  })

  it('makes a red flag a banner whose first words say to stop running and see a doctor today', async () => {
    const redFlag = alert({
      key: 'red_flag_urgent:4:pain-9',
      ruleId: 'red_flag_urgent',
      level: 'refer_today',
      title: 'Urgent red flag: stop running, see a doctor today',
      proposal: null,
    })
    const banner = (await mountCard({ alert: redFlag, banner: true })).find('[role="alert"]')
    expect(banner.text()).toMatch(/^Stop running and see a doctor today/)
    expect((await mountCard({ alert: redFlag })).find('[role="alert"]').exists()).toBe(false)
  })

  it('acknowledges with the note, and snoozes a week ahead unless the coach picks another day', async () => {
    const stored = { alertKey: 'k', athleteId: 4, acknowledgedAt: '2026-03-25T10:00:00Z', note: '', snoozedUntil: null }
    api.guidance.acknowledge.mockImplementation(() => ok({ id: 1, ...stored }))
    api.guidance.snooze.mockImplementation(() => ok({ id: 2, ...stored }))
    const wrapper = await mountCard({ alert: alert() })

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Acknowledge')
      ?.trigger('click')
    expect(document.activeElement).toBe(byLabel(wrapper, 'Note (optional)').element)
    await byLabel(wrapper, 'Note (optional)').setValue('Agreed 20-minute runs with Mara')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.guidance.acknowledge).toHaveBeenCalledWith({
      key: 'onset_minute:4:pain-11,12',
      athleteId: 4,
      note: 'Agreed 20-minute runs with Mara',
    })
    expect(wrapper.emitted('done')?.[0]).toEqual([
      'Acknowledged: Pain starts around minute 30: cap runs at 20 min. It is in the alert history.',
      { id: 1, ...stored },
    ])

    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Snooze')
      ?.trigger('click')
    expect(byLabel(wrapper, 'Snooze until').element.value).toBe(addDays(todayLocal(), 7))
    await byLabel(wrapper, 'Snooze until').setValue(todayLocal())
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Choose a day after today')
    expect(api.guidance.snooze).not.toHaveBeenCalled()
    await byLabel(wrapper, 'Snooze until').setValue(addDays(todayLocal(), 3))
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.guidance.snooze).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'onset_minute:4:pain-11,12', until: addDays(todayLocal(), 3), note: '' }),
    )
  })
})
