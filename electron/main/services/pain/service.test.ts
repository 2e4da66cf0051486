// Pain reports with their red flags, through the dispatcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import type { MethodInput } from '#shared/contract'
import { call, cleanup, digest, rowCounts, tempBackend } from '../../../../test/support'

let backend: Backend
let zoe: number
let ana: number

beforeEach(async () => {
  backend = await tempBackend()
  zoe = (await call(backend, 'athletes.create', { name: 'Zoë Ñúñez 山田' })).id
  ana = (await call(backend, 'athletes.create', { name: 'Ana' })).id
})

afterEach(cleanup)

const report = (fields: Partial<MethodInput<'pain.report'>> = {}) =>
  call(backend, 'pain.report', { athleteId: zoe, date: '2026-03-01', score: 3, timing: 'after', ...fields })

describe('pain reports', () => {
  it('stores a report with its red flags and returns the flags sorted, each once', async () => {
    const run = await call(backend, 'runs.create', { athleteId: zoe, date: '2026-03-01', durationMin: 45 })
    const saved = await report({
      time: '08:15',
      runId: run.id,
      score: 10,
      timing: 'during',
      onsetMinute: 25,
      location: 'both',
      character: 'sharp',
      easedByStretching: 'no',
      redFlags: ['saddle_numbness', 'bilateral_leg_weakness', 'fever_unwell', 'saddle_numbness'],
      notes: 'Had to walk home',
    })
    expect(saved).toEqual({
      id: saved.id,
      athleteId: zoe,
      date: '2026-03-01',
      time: '08:15',
      runId: run.id,
      score: 10,
      timing: 'during',
      onsetMinute: 25,
      location: 'both',
      character: 'sharp',
      easedByStretching: 'no',
      redFlags: ['bilateral_leg_weakness', 'fever_unwell', 'saddle_numbness'],
      notes: 'Had to walk home',
    })
    expect(await call(backend, 'pain.list', { athleteId: zoe })).toEqual([saved])
  })

  it('fills in the defaults a quick report leaves out, and accepts a score of 0', async () => {
    expect(await report({ score: 0 })).toMatchObject({
      score: 0,
      time: null,
      runId: null,
      onsetMinute: null,
      location: 'central',
      character: 'ache',
      easedByStretching: 'not_tried',
      redFlags: [],
      notes: '',
    })
  })

  it('lists an athlete’s reports newest first', async () => {
    await report({ date: '2026-03-01', notes: 'a' })
    await report({ date: '2026-03-04', notes: 'b' })
    await report({ date: '2026-03-02', time: '07:00', notes: 'c' })
    await report({ date: '2026-03-02', time: '21:00', notes: 'd' })
    await report({ athleteId: ana, date: '2026-03-09', notes: 'ana' })
    expect((await call(backend, 'pain.list', { athleteId: zoe })).map((p) => p.notes)).toEqual(['b', 'd', 'c', 'a'])
  })

  it('replaces the red flags on update', async () => {
    const saved = await report({ redFlags: ['weight_loss', 'cancer_history'] })
    const updated = await call(backend, 'pain.update', {
      id: saved.id,
      date: '2026-03-01',
      score: 5,
      timing: 'next_morning',
      redFlags: ['recent_trauma'],
    })
    expect(updated).toMatchObject({ id: saved.id, score: 5, timing: 'next_morning', redFlags: ['recent_trauma'] })
    await call(backend, 'pain.update', { id: saved.id, date: '2026-03-01', score: 5, timing: 'next_morning' })
    expect(await call(backend, 'pain.list', { athleteId: zoe })).toMatchObject([{ redFlags: [] }])
    expect(rowCounts(backend.db).pain_red_flags).toBe(0)
  })

  it('hides a deleted report and brings it back with its red flags on undo', async () => {
    const saved = await report({ score: 7, redFlags: ['constant_night_pain'] })
    expect(await call(backend, 'pain.delete', { id: saved.id })).toEqual({ id: saved.id })
    expect(await call(backend, 'pain.list', { athleteId: zoe })).toEqual([])
    expect(
      await backend.dispatch('pain.update', { id: saved.id, date: '2026-03-01', score: 1, timing: 'after' }),
    ).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That pain report was deleted.' },
    })
    expect(await call(backend, 'pain.restore', { id: saved.id })).toEqual(saved)
    expect(await call(backend, 'pain.list', { athleteId: zoe })).toEqual([saved])
  })

  it('refuses to link a report to another athlete’s run or to a deleted run, naming the run field', async () => {
    const anasRun = await call(backend, 'runs.create', { athleteId: ana, date: '2026-03-01', durationMin: 30 })
    const ownRun = await call(backend, 'runs.create', { athleteId: zoe, date: '2026-03-01', durationMin: 30 })
    await call(backend, 'runs.delete', { id: ownRun.id })
    const before = { counts: rowCounts(backend.db), digest: digest(backend.db) }
    const refused = {
      ok: false,
      error: { code: 'invalid', message: 'Link the report to one of this athlete’s runs.', field: 'runId' },
    }
    const payload = { athleteId: zoe, date: '2026-03-01', score: 3, timing: 'after' }
    expect(await backend.dispatch('pain.report', { ...payload, runId: anasRun.id })).toEqual(refused)
    expect(await backend.dispatch('pain.report', { ...payload, runId: ownRun.id })).toEqual(refused)
    expect({ counts: rowCounts(backend.db), digest: digest(backend.db) }).toEqual(before)
  })

  it('keeps a report, and lets it be edited, when the run it was linked to is deleted', async () => {
    const run = await call(backend, 'runs.create', { athleteId: zoe, date: '2026-03-01', durationMin: 30 })
    const saved = await report({ runId: run.id })
    await call(backend, 'runs.delete', { id: run.id })
    expect(await call(backend, 'pain.list', { athleteId: zoe })).toEqual([saved])
    // Editing the score later must not trip over the link the coach left alone.
    const edited = await call(backend, 'pain.update', {
      id: saved.id,
      date: '2026-03-01',
      score: 4,
      timing: 'after',
      runId: run.id,
    })
    expect(edited).toEqual({ ...saved, score: 4 })
  })
})

describe('assessments and strength sessions', () => {
  it('stores an assessment, updates it, and deletes it', async () => {
    const saved = await call(backend, 'assessments.create', {
      athleteId: zoe,
      date: '2026-02-01',
      hamstringLeft: 'tight',
      plankSec: 0,
      wallGap: 'one_hand',
      footType: 'overpronation',
      cadenceSpm: 168,
    })
    expect(saved).toMatchObject({ hamstringLeft: 'tight', hamstringRight: null, plankSec: 0, wallGap: 'one_hand' })
    const updated = await call(backend, 'assessments.update', { id: saved.id, date: '2026-02-02', plankSec: 90 })
    expect(updated).toMatchObject({
      id: saved.id,
      athleteId: zoe,
      date: '2026-02-02',
      plankSec: 90,
      hamstringLeft: null,
    })
    expect(await call(backend, 'assessments.delete', { id: saved.id })).toEqual({ id: saved.id })
    expect(await call(backend, 'assessments.list', { athleteId: zoe })).toEqual([])
  })

  it('stores a strength session with its exercises in order, newest first', async () => {
    await call(backend, 'sessions.create', { athleteId: zoe, date: '2026-03-01', kind: 'mobility' })
    const latest = await call(backend, 'sessions.create', {
      athleteId: zoe,
      date: '2026-03-03',
      completedExercises: ['Side plank', 'Bird dog', 'Glute bridge'],
    })
    expect(latest).toMatchObject({ kind: 'strength', completedExercises: ['Side plank', 'Bird dog', 'Glute bridge'] })
    expect((await call(backend, 'sessions.list', { athleteId: zoe })).map((s) => s.date)).toEqual([
      '2026-03-03',
      '2026-03-01',
    ])
    await call(backend, 'sessions.delete', { id: latest.id })
    expect(await call(backend, 'sessions.list', { athleteId: zoe })).toHaveLength(1)
  })
})
