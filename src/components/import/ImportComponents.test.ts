// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Run } from '#shared/types'
import type { FileResult } from '#shared/transfer'
import { useSettingsStore } from '../../stores/settings'
import ImportPreviewTable from './ImportPreviewTable.vue'
import ImportRateList from './ImportRateList.vue'

const run: Run = {
  id: 7,
  athleteId: 1,
  date: '2026-03-10',
  startTime: '06:30',
  durationMin: 45,
  distanceM: 10000,
  rpe: null,
  type: 'easy',
  surface: null,
  shoeId: null,
  cadenceSpm: 170,
  elevationGainM: 30,
  temperatureC: null,
  notes: 'Hills, then home',
  source: 'import',
  sourceFile: 'tuesday.fit',
  load: null,
}

beforeEach(() => setActivePinia(createPinia()))

describe('ImportRateList', () => {
  it('refuses an RPE outside 0–10 next to the field and sends a good one', async () => {
    const list = mount(ImportRateList, { props: { runs: [run] } })
    const input = list.get('input')
    await input.setValue('11')
    await list.get('form').trigger('submit')
    expect(list.get('.field__error').text()).toBe('Session RPE is a whole number from 0 to 10')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(list.emitted('rate')).toBeUndefined()

    await input.setValue('6')
    await list.get('form').trigger('submit')
    expect(list.emitted('rate')?.[0]?.slice(0, 2)).toEqual([run, 6])
    expect(list.find('.field__error').exists()).toBe(false)
  })
})

describe('ImportPreviewTable', () => {
  it('shows distances in the coach’s unit and says why an activity is left out', () => {
    useSettingsStore().units = 'mi'
    const result: FileResult = {
      index: 0,
      name: 'week.gpx',
      path: '/tmp/week.gpx',
      kind: 'gpx',
      state: 'done',
      message: null,
      needsMapping: false,
      counts: { activities: 2, runs: 1, duplicates: 0, skipped: 1, errors: 0 },
      activities: [
        {
          row: null,
          sport: 'running',
          isRun: true,
          date: '2026-03-10',
          startTime: '06:30',
          durationMin: 45,
          distanceM: 16093.44,
          cadenceSpm: 170.4,
          elevationGainM: 30,
          status: 'new',
          reason: null,
        },
        {
          row: null,
          sport: 'road_biking',
          isRun: false,
          date: '2026-03-11',
          startTime: '07:00',
          durationMin: 60,
          distanceM: 30000,
          cadenceSpm: null,
          elevationGainM: null,
          status: 'skipped',
          reason: 'Not a run: the file says this is “road_biking”.',
        },
      ],
    }
    const table = mount(ImportPreviewTable, { props: { results: [result], caption: 'What the files hold' } })
    expect(table.get('thead').text()).toContain('Distance (mi)')
    const [runRow, rideRow] = table.findAll('tbody tr')
    expect(runRow?.text()).toContain('10.00')
    expect(runRow?.text()).toContain('45:00')
    expect(runRow?.text()).toContain('170')
    expect(rideRow?.text()).toContain('Skipped: Not a run: the file says this is “road_biking”.')
  })
})
