import { describe, expect, it, vi } from 'vitest'
import { buildApi, contract, IPC_CHANNEL, METHOD_NAMES, type Call } from './contract'
import { ok } from './result'

describe('the contract', () => {
  it('names every method domain.verb, once', () => {
    for (const name of METHOD_NAMES) expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/)
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length)
    expect(METHOD_NAMES).toEqual(Object.keys(contract))
    expect(IPC_CHANNEL).toBe('backstride:call')
  })

  it('covers what the issue asks for', () => {
    expect(METHOD_NAMES).toEqual(
      expect.arrayContaining([
        'athletes.list',
        'athletes.create',
        'athletes.archive',
        'athletes.restore',
        'groups.list',
        'runs.create',
        'runs.delete',
        'runs.restore',
        'pain.report',
        'pain.delete',
        'pain.restore',
        'settings.get',
        'settings.update',
      ]),
    )
  })

  it('refuses unknown fields in every payload', () => {
    for (const name of METHOD_NAMES) {
      const parsed = contract[name].input.safeParse({ surelyNotAField: 1 })
      expect(parsed.success, name).toBe(false)
      expect(
        parsed.error?.issues.some((issue) => issue.code === 'unrecognized_keys'),
        name,
      ).toBe(true)
    }
  })
})

describe('buildApi', () => {
  it('makes one function per method, grouped by domain', () => {
    const api = buildApi(METHOD_NAMES, () => Promise.resolve(ok(null)))
    const shape = Object.fromEntries(Object.entries(api).map(([domain, verbs]) => [domain, Object.keys(verbs).sort()]))
    const expected: Record<string, string[]> = {}
    for (const name of METHOD_NAMES) {
      const [domain = '', verb = ''] = name.split('.')
      ;(expected[domain] ??= []).push(verb)
    }
    for (const verbs of Object.values(expected)) verbs.sort()
    expect(shape).toEqual(expected)
    expect(typeof api.athletes.list).toBe('function')
    expect(typeof api.pain.report).toBe('function')
  })

  it('sends the method name and payload through the one transport, and {} when called without a payload', async () => {
    const call = vi.fn<Call>(() => Promise.resolve(ok([])))
    const api = buildApi(METHOD_NAMES, call)

    await expect(api.athletes.list()).resolves.toEqual({ ok: true, value: [] })
    expect(call).toHaveBeenLastCalledWith('athletes.list', {})

    await api.groups.list()
    expect(call).toHaveBeenLastCalledWith('groups.list', {})

    await api.athletes.list({ includeArchived: true })
    expect(call).toHaveBeenLastCalledWith('athletes.list', { includeArchived: true })

    const run = { athleteId: 3, date: '2026-03-01', durationMin: 45, rpe: 6 }
    await api.runs.create(run)
    expect(call).toHaveBeenLastCalledWith('runs.create', run)
    expect(call).toHaveBeenCalledTimes(4)
  })

  it('passes the transport’s answer back untouched, refusals included', async () => {
    const refusal = {
      ok: false as const,
      error: { code: 'invalid' as const, message: 'Name is required', field: 'name' },
    }
    const api = buildApi(METHOD_NAMES, () => Promise.resolve(refusal))
    await expect(api.athletes.create({ name: '' })).resolves.toBe(refusal)
  })
})
