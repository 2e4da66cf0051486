// Programs and the exercise library against a real database file, through the dispatcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { call, cleanup, tempBackend } from '../../../../test/support'
import type { Program } from '#shared/programs'
import { exerciseFieldsOf } from '#shared/schemas/program'
import { CATALOGUE } from '../exercises/catalogue'
import { addDays, localIsoDate } from '#shared/dates'

const MONDAY = '2026-03-16'
let backend: Backend
let athleteId: number

beforeEach(async () => {
  backend = await tempBackend()
  athleteId = (await call(backend, 'athletes.create', { name: 'Mara K.', runDaysPerWeek: 3, groups: ['Road 10k'] })).id
})
afterEach(cleanup)

const updateOf = (p: Program) => {
  const { athleteId: _a, rationale: _r, createdAt: _c, updatedAt: _u, ...rest } = p
  return rest
}

describe('the exercise library', () => {
  it('holds every built-in exercise once, however often the back end opens', async () => {
    const list = await call(backend, 'exercises.list', {})
    expect(
      list
        .filter((e) => e.builtIn)
        .map((e) => e.key)
        .sort(),
    ).toEqual(CATALOGUE.map((e) => e.key).sort())
    backend.close()
    const again = await tempBackend({ dataDir: backend.dataDir })
    expect(await call(again, 'exercises.list', {})).toHaveLength(list.length)
  })

  it('lets the coach edit a built-in and restore its defaults', async () => {
    const plank = (await call(backend, 'exercises.list', {})).find((e) => e.key === 'plank')
    if (!plank) throw new Error('no plank')
    const edited = await call(backend, 'exercises.update', {
      ...exerciseFieldsOf(plank),
      id: plank.id,
      holdSec: 40,
      cues: ['Elbows under shoulders.', 'Breathe.'],
    })
    expect(edited).toMatchObject({ holdSec: 40, edited: true, builtIn: true })
    const restored = await call(backend, 'exercises.restoreDefaults', { id: plank.id })
    expect(restored).toMatchObject({ holdSec: 20, edited: false })
    expect(restored.cues).toHaveLength(3)
  })

  it('keeps built-ins: they cannot be deleted', async () => {
    const plank = (await call(backend, 'exercises.list', {})).find((e) => e.key === 'plank')
    const result = await backend.dispatch('exercises.delete', { id: plank?.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('deletes a coach’s own exercise and takes it out of the programs that used it', async () => {
    const wallSit = await call(backend, 'exercises.create', {
      name: 'Wall sit',
      category: 'strength',
      targets: ['quads'],
      sets: 2,
      holdSec: 30,
      cues: ['Back flat on the wall.', 'Knees over the ankles.'],
      stopIf: 'Stop if a knee hurts.',
    })
    expect(wallSit).toMatchObject({ builtIn: false, key: null, usageCount: 0 })
    const program = await call(backend, 'programs.create', { athleteId, templateKey: 'hip-glute', startDate: MONDAY })
    const withWallSit = [...program.items, { ...program.items[0], exerciseId: wallSit.id } as Program['items'][number]]
    await call(backend, 'programs.update', { ...updateOf(program), items: withWallSit })
    expect((await call(backend, 'exercises.list', {})).find((e) => e.id === wallSit.id)?.usageCount).toBe(1)

    await call(backend, 'exercises.delete', { id: wallSit.id })
    const after = await call(backend, 'programs.get', { id: program.id })
    expect(after.items).toHaveLength(program.items.length)
    expect(after.items.some((i) => i.exerciseId === wallSit.id)).toBe(false)
  })
})

describe('programs', () => {
  it('starts from a template with the library’s dosage and the athlete’s run days', async () => {
    const program = await call(backend, 'programs.create', {
      athleteId,
      templateKey: 'core-stability',
      today: '2026-03-11',
    })
    expect(program).toMatchObject({
      title: 'Core stability',
      startDate: MONDAY,
      weeks: 6,
      status: 'draft',
      runDays: [1, 3, 5],
      strengthPerWeek: 3,
    })
    expect(program.items.map((i) => i.session)).toEqual(Array(5).fill('strength'))
    expect(program.items[0]).toMatchObject({ holdSec: 20, holdStep: 5 })
  })

  it('refuses a template that does not exist', async () => {
    const result = await backend.dispatch('programs.create', { athleteId, templateKey: 'nope' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', field: 'templateKey' } })
  })

  it('proposes a draft from the latest assessment and keeps the reasons', async () => {
    await call(backend, 'assessments.create', { athleteId, date: '2026-01-05', plankSec: 90 })
    await call(backend, 'assessments.create', {
      athleteId,
      date: '2026-03-02',
      plankSec: 25,
      hamstringLeft: 'tight',
      hamstringRight: 'normal',
    })
    const program = await call(backend, 'programs.propose', { athleteId, today: '2026-03-10' })
    expect(program.status).toBe('draft')
    expect(program.startDate).toBe(MONDAY)
    expect(program.mobilityPerDay).toBe(2)
    expect(program.rationale.map((r) => r.finding)).toEqual([
      'Hamstrings tight on the left (assessment of Mon 2 Mar 2026)',
      'Front plank held 25 s (under 60 s)',
      'Hamstrings tighter on the left',
    ])
    expect(await call(backend, 'programs.list', { athleteId })).toEqual([
      expect.objectContaining({ id: program.id, endDate: '2026-04-26', itemCount: program.items.length }),
    ])
  })

  it('saves the coach’s edits as a whole: order, dosage and settings; new programs take the coach profile’s name', async () => {
    const program = await call(backend, 'programs.create', { athleteId, templateKey: 'warm-up', startDate: MONDAY })
    const reversed = [...program.items].reverse().map((i, n) => (n === 0 ? { ...i, reps: 20, repsStep: 2 } : i))
    const saved = await call(backend, 'programs.update', {
      ...updateOf(program),
      title: 'Before every run',
      weeks: 4,
      coachName: 'Coach Ana',
      status: 'active',
      items: reversed,
    })
    expect(saved.items.map((i) => i.exerciseId)).toEqual(reversed.map((i) => i.exerciseId))
    expect(saved.items[0]).toMatchObject({ reps: 20, repsStep: 2 })
    expect(saved).toMatchObject({ title: 'Before every run', weeks: 4, status: 'active', coachName: 'Coach Ana' })
    // A new program takes the coach's name from the coach profile in Settings, not from the last program saved.
    expect(
      (await call(backend, 'programs.create', { athleteId, templateKey: null, startDate: MONDAY })).coachName,
    ).toBe('')
    await call(backend, 'settings.coach', { name: 'Ana Ruiz', phone: '+34 600 000 000' })
    const next = await call(backend, 'programs.create', { athleteId, templateKey: null, startDate: MONDAY })
    expect(next.coachName).toBe('Ana Ruiz')
  })
})

describe('ticks and adherence', () => {
  async function activeProgram() {
    const p = await call(backend, 'programs.create', { athleteId, templateKey: 'return-to-running', startDate: MONDAY })
    return call(backend, 'programs.update', { ...updateOf(p), status: 'active', weeks: 3 })
  }

  it('counts ticked sessions against the week plan, per week', async () => {
    const program = await activeProgram()
    // Tue, Thu, Sat runs: 3 warm-ups + 3 cool-downs + 2 strength + 14 stretching sessions = 22 a week.
    await call(backend, 'programs.tick', { programId: program.id, week: 1, sessionKey: '1-strength-1', done: true })
    await call(backend, 'programs.tick', { programId: program.id, week: 1, sessionKey: '5-strength-1', done: true })
    const result = await call(backend, 'programs.tick', {
      programId: program.id,
      week: 2,
      sessionKey: '0-mobility-2',
      done: true,
    })
    expect(result.weeks).toEqual([
      { week: 1, weekStart: MONDAY, planned: 22, done: 2, percent: 9 },
      { week: 2, weekStart: '2026-03-23', planned: 22, done: 1, percent: 5 },
      { week: 3, weekStart: '2026-03-30', planned: 22, done: 0, percent: 0 },
    ])
    // Stored with the session's calendar day: week 1, Saturday.
    expect(backend.db.prepare("SELECT date FROM program_ticks WHERE session_key = '5-strength-1'").pluck().get()).toBe(
      '2026-03-21',
    )
    const untick = await call(backend, 'programs.tick', {
      programId: program.id,
      week: 1,
      sessionKey: '1-strength-1',
      done: false,
    })
    expect(untick.weeks[0]?.done).toBe(1)
    expect(await call(backend, 'programs.adherence', { athleteId })).toEqual([untick])
  })

  it('refuses a session the schedule does not have and a week past the end', async () => {
    const program = await activeProgram()
    const monday = await backend.dispatch('programs.tick', {
      programId: program.id,
      week: 1,
      sessionKey: '0-strength-1',
      done: true,
    })
    expect(monday).toMatchObject({ ok: false, error: { field: 'sessionKey' } })
    const late = await backend.dispatch('programs.tick', {
      programId: program.id,
      week: 4,
      sessionKey: '1-strength-1',
      done: true,
    })
    expect(late).toMatchObject({ ok: false, error: { field: 'week', message: 'This program has 3 weeks.' } })
  })

  it('forgets ticks of weeks a shortened program no longer has', async () => {
    const program = await activeProgram()
    await call(backend, 'programs.tick', { programId: program.id, week: 3, sessionKey: '1-strength-1', done: true })
    await call(backend, 'programs.update', { ...updateOf(program), weeks: 2 })
    expect(backend.db.prepare('SELECT count(*) FROM program_ticks').pluck().get()).toBe(0)
  })
})

describe('sheets', () => {
  it('gives one sheet per group member with a program, the active one first, and names the others', async () => {
    const other = await call(backend, 'athletes.create', { name: 'Jon P.', groups: ['Road 10k'] })
    await call(backend, 'athletes.create', { name: 'Ines R.', groups: ['Road 10k'] })
    const draft = await call(backend, 'programs.create', { athleteId, templateKey: 'cool-down', startDate: MONDAY })
    const active = await call(backend, 'programs.create', { athleteId, templateKey: 'warm-up', startDate: MONDAY })
    await call(backend, 'programs.update', { ...updateOf(active), status: 'active' })
    await call(backend, 'programs.create', { athleteId: other.id, templateKey: 'hip-glute', startDate: MONDAY })
    const groupId = (await call(backend, 'groups.list', {}))[0]?.id ?? 0

    const sheets = await call(backend, 'programs.groupSheets', { groupId })
    expect(sheets.sheets.map((s) => [s.athlete.name, s.program.title])).toEqual([
      ['Jon P.', 'Hip and glute strength'],
      ['Mara K.', 'Pre-run dynamic warm-up'],
    ])
    expect(sheets.missing.map((m) => m.name)).toEqual(['Ines R.'])
    const sheet = await call(backend, 'programs.sheet', { programId: draft.id })
    expect(sheet.endDate).toBe('2026-04-26')
    expect(sheet.exercises.map((e) => e.id).sort()).toEqual([...new Set(draft.items.map((i) => i.exerciseId))].sort())
  })

  it('carries the coach profile and, first, any open referral or suggested medical check into the safety box', async () => {
    const today = localIsoDate(new Date())
    const program = await call(backend, 'programs.create', { athleteId, templateKey: 'warm-up', startDate: MONDAY })
    expect((await call(backend, 'programs.sheet', { programId: program.id })).safety).toEqual({
      coachName: '',
      coachPhone: '',
      notices: [],
    })
    await call(backend, 'settings.coach', { name: 'Ana Ruiz', phone: '+34 600 123 456' })
    await call(backend, 'assessments.create', { athleteId, date: addDays(today, -3), wallGap: 'more_than_hand' })
    const pain = await call(backend, 'pain.report', {
      athleteId,
      date: addDays(today, -1),
      score: 3,
      timing: 'after',
      location: 'below_knee',
    })
    const { safety } = await call(backend, 'programs.sheet', { programId: program.id })
    expect(safety).toMatchObject({ coachName: 'Ana Ruiz', coachPhone: '+34 600 123 456' })
    expect(safety.notices).toEqual([
      { kind: 'refer', title: 'Pain reaching below the knee', date: pain.date },
      { kind: 'medical_check', title: 'Wall test: gap of more than a hand', date: addDays(today, -3) },
    ])

    // Seen by a clinician and cleared: the referral leaves the sheet, the medical check stays.
    const key = (await call(backend, 'guidance.alerts', { athleteId })).find((a) => a.ruleId === 'pain_spreading')?.key
    await call(backend, 'guidance.clearReferral', { key: key ?? '', athleteId, seenOn: today })
    expect(
      (await call(backend, 'programs.sheet', { programId: program.id })).safety.notices.map((n) => n.kind),
    ).toEqual(['medical_check'])
  })

  it('explains that saving a PDF needs the desktop app', async () => {
    const program = await call(backend, 'programs.create', { athleteId, templateKey: 'warm-up', startDate: MONDAY })
    const result = await backend.dispatch('print.programPdf', { programId: program.id, paper: 'a4' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringMatching(/desktop app/) },
    })
    expect(await call(backend, 'print.progress', {})).toEqual({ running: false, done: 0, total: 0, stage: 'idle' })
  })
})
