// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Run } from '#shared/types'
import type { FileResult } from '#shared/transfer'
import { useSettingsStore } from '../../stores/settings'
import ImportPreviewTable from './ImportPreviewTable.vue'
import ImportRateList from './ImportRateList.vue'
import ImportSummary from './ImportSummary.vue'
import ImportFutureConfirm from './ImportFutureConfirm.vue'

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
  startUtc: '2026-03-10T05:30:00Z',
  utcOffsetMin: 60,
  load: null,
}

beforeEach(() => setActivePinia(createPinia()))

describe('ImportRateList', () => {
  it('keeps the date and the time of each run apart', () => {
    const list = mount(ImportRateList, { props: { runs: [run] } })
    expect(list.get('strong').text()).toBe('Tue 10 Mar 2026, 06:30')
    expect(list.get('label').text()).toBe('Session RPE for the run of Tue 10 Mar 2026, 06:30')
  })

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
      counts: { activities: 3, runs: 1, duplicates: 0, skipped: 1, errors: 0, future: 1 },
      activities: [
        {
          row: null,
          sport: 'running',
          isRun: true,
          date: '2026-03-10',
          startTime: '06:30',
          offsetMin: 120,
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
          offsetMin: null,
          durationMin: 60,
          distanceM: 30000,
          cadenceSpm: null,
          elevationGainM: null,
          status: 'skipped',
          reason: 'Not a run: the file says this is “road_biking”.',
        },
        {
          row: null,
          sport: 'running',
          isRun: true,
          date: '2031-01-05',
          startTime: '09:00',
          offsetMin: null,
          durationMin: 30,
          distanceM: 5000,
          cadenceSpm: null,
          elevationGainM: null,
          status: 'future',
          reason: 'Dated Sun 5 Jan 2031, 09:00, which is in the future.',
        },
      ],
    }
    const table = mount(ImportPreviewTable, { props: { results: [result], caption: 'What the files hold' } })
    expect(table.get('thead').text()).toContain('Distance (mi)')
    const [runRow, rideRow, futureRow] = table.findAll('tbody tr')
    // The run's own local time, with the watch's offset when the file gave it.
    expect(runRow?.get('.import-date').text()).toBe('Tue 10 Mar 2026, 06:30 (UTC+02:00)')
    expect(rideRow?.get('.import-date').text()).toBe('Wed 11 Mar 2026, 07:00')
    expect(futureRow?.text()).toContain('In the future: Dated Sun 5 Jan 2031, 09:00, which is in the future.')
    expect(runRow?.text()).toContain('10.00')
    expect(runRow?.text()).toContain('45:00')
    expect(runRow?.text()).toContain('170')
    expect(rideRow?.text()).toContain('Skipped: Not a run: the file says this is “road_biking”.')
  })
})

describe('ImportSummary', () => {
  const job = {
    jobId: 1,
    mode: 'preview' as const,
    athleteId: 1,
    state: 'done' as const,
    done: 2,
    total: 2,
    bytesDone: 0,
    bytesTotal: 0,
    current: null,
    totals: { activities: 3, runs: 1, duplicates: 1, skipped: 0, errors: 1, future: 1 },
    message: null,
  }

  it('counts each outcome in the singular or the plural', () => {
    const summary = mount(ImportSummary, { props: { job, results: [] } })
    expect(summary.findAll('li').map((li) => li.text())).toEqual([
      '1 new run to import',
      '1 duplicate left out',
      '1 run that could not be read',
      '1 run dated in the future to confirm',
    ])
  })

  it('leads with the job’s own message when no file could be read', () => {
    const message =
      'None of the 2 files could be read: there is nothing to import. The reason is given next to each file.'
    const summary = mount(ImportSummary, { props: { job: { ...job, message }, results: [] } })
    expect(summary.get('.import-summary__message').text()).toBe(message)
  })
})

describe('ImportFutureConfirm', () => {
  it('asks before runs dated in the future are imported, and reports the choice', async () => {
    const confirm = mount(ImportFutureConfirm, { props: { count: 2, modelValue: false } })
    expect(confirm.text()).toContain('2 runs are dated in the future.')
    const box = confirm.get('input[type="checkbox"]')
    expect((box.element as HTMLInputElement).checked).toBe(false)
    await box.setValue(true)
    expect(confirm.emitted('update:modelValue')?.[0]).toEqual([true])
  })
})
