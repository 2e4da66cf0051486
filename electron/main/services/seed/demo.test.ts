import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { URGENT_RED_FLAGS } from '#shared/enums'
import type { DemoSummary } from '#shared/types'
import { openBackend, type Backend } from '../../backend'
import { AppError } from '../errors'
import { fromDay, localIsoDate, toDay } from './dates'
import { DEMO_ATHLETES, demoService } from './demo'

let dir: string
let backend: Backend

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstride-seed-demo-'))
  backend = await openBackend({ dataDir: dir, migrationsDir: resolve('electron/main/db/migrations') })
})

afterEach(() => {
  backend.close()
  rmSync(dir, { recursive: true, force: true })
})

function totals() {
  const athletes = backend.repos.athletes.list(true)
  return {
    athletes: athletes.length,
    runs: athletes.reduce((s, a) => s + backend.repos.runs.list(a.id).length, 0),
    painReports: athletes.reduce((s, a) => s + backend.repos.pain.list(a.id).length, 0),
  }
}

describe('demo club', () => {
  it('loads about twelve active runners ending today, with pain for several and one urgent red flag', () => {
    const demo = demoService(backend.repos)
    expect(demo.status()).toEqual({ empty: true })

    const summary = demo.create()
    expect(summary.athletes).toBe(DEMO_ATHLETES)
    expect(DEMO_ATHLETES).toBe(12)
    expect(summary).toEqual(totals())
    // 12 runners x 26 weeks x 3-6 runs a week
    expect(summary.runs).toBeGreaterThan(12 * 26 * 2.5)
    expect(summary.runs).toBeLessThan(12 * 26 * 6.5)
    expect(demo.status()).toEqual({ empty: false })

    const today = localIsoDate(new Date())
    const weekAgo = fromDay(toDay(today) - 6)
    const athletes = backend.repos.athletes.list(false)
    for (const a of athletes) {
      expect(a.lastRunDate).not.toBeNull()
      expect((a.lastRunDate ?? '') >= weekAgo && (a.lastRunDate ?? '') <= today).toBe(true)
      // runs.list is newest first; the oldest run lies inside the 182 days ending today
      const oldest = backend.repos.runs.list(a.id).at(-1)?.date ?? ''
      expect(oldest >= fromDay(toDay(today) - 181) && oldest < weekAgo).toBe(true)
    }

    const painByAthlete = athletes.map((a) => backend.repos.pain.list(a.id))
    expect(painByAthlete.filter((reports) => reports.length > 0).length).toBeGreaterThanOrEqual(3)
    const urgent = painByAthlete
      .flat()
      .filter((p) => p.redFlags.some((f) => (URGENT_RED_FLAGS as readonly string[]).includes(f)))
    expect(urgent).toHaveLength(1)
    expect(toDay(urgent[0]?.date ?? '1970-01-01')).toBeGreaterThanOrEqual(toDay(weekAgo))
    expect(painByAthlete.flat().filter((p) => p.redFlags.length > 0)).toHaveLength(1)

    const groups = backend.repos.groups.list().map((g) => g.name)
    expect(groups.length).toBeGreaterThanOrEqual(2)
    for (const g of groups) expect(['Marathon block', 'Road 10k', 'Trail']).toContain(g)
  })

  it('refuses a second load with a conflict and changes nothing', () => {
    const demo = demoService(backend.repos)
    demo.create()
    const before = totals()

    let caught: unknown
    try {
      demo.create()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AppError)
    expect((caught as AppError).code).toBe('conflict')
    expect((caught as AppError).message).toMatch(/empty database/)
    expect(totals()).toEqual(before)
  })

  it('refuses when the coach already entered a runner of their own', async () => {
    const created = await backend.dispatch('athletes.create', { name: 'Real Runner' })
    expect(created.ok).toBe(true)

    const result = await backend.dispatch('demo.create', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/already has athletes/) },
    })
    expect(totals()).toEqual({ athletes: 1, runs: 0, painReports: 0 })
    expect(await backend.dispatch('demo.status', {})).toEqual({ ok: true, value: { empty: false } })
  })

  it('answers demo.status and demo.create through the dispatcher', async () => {
    expect(await backend.dispatch('demo.status', {})).toEqual({ ok: true, value: { empty: true } })

    const result = await backend.dispatch('demo.create', {})
    expect(result.ok).toBe(true)
    const summary = (result as { ok: true; value: DemoSummary }).value
    expect(summary.athletes).toBe(12)
    expect(summary).toEqual(totals())
    expect(await backend.dispatch('demo.status', {})).toEqual({ ok: true, value: { empty: false } })

    const again = await backend.dispatch('demo.create', {})
    expect(again.ok).toBe(false)
    expect(totals()).toEqual(summary)
  })
})
