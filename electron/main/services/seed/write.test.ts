import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../backend'
import { generateClub } from './generate'
import { writeClub } from './write'

let dir: string
let backend: Backend

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstride-seed-write-'))
  backend = await openBackend({ dataDir: dir, migrationsDir: resolve('electron/main/db/migrations') })
})

afterEach(() => {
  backend.close()
  rmSync(dir, { recursive: true, force: true })
})

const END = '2026-03-29'

describe('writeClub', () => {
  it('stores every generated record with its links resolved to database ids', () => {
    const club = generateClub({ athletes: 4, days: 120, endDate: END, seed: 21 })
    const summary = writeClub(backend.repos, club)
    const { repos } = backend

    expect(summary).toEqual({
      athletes: 4,
      runs: club.athletes.reduce((s, a) => s + a.runs.length, 0),
      painReports: club.athletes.reduce((s, a) => s + a.pain.length, 0),
    })
    const stored = repos.athletes.list(false)
    expect(stored.map((a) => a.name).sort()).toEqual(club.athletes.map((a) => a.fields.name).sort())

    for (const athlete of stored) {
      const generated = club.athletes.find((a) => a.fields.name === athlete.name)
      if (!generated) throw new Error(`no generated athlete called ${athlete.name}`)
      expect(athlete.groups).toEqual([...generated.fields.groups].sort((a, b) => a.localeCompare(b)))
      expect(athlete.lastRunDate).toBe(generated.runs[generated.runs.length - 1]?.fields.date)

      const runs = repos.runs.list(athlete.id)
      expect(runs).toHaveLength(generated.runs.length)
      expect(runs.every((r) => r.source === 'demo' && r.sourceFile === null)).toBe(true)
      const runsById = new Map(runs.map((r) => [r.id, r]))
      const shoes = repos.shoes.list(athlete.id)
      expect(shoes).toHaveLength(generated.shoes.length)
      const shoeIds = new Set(shoes.map((s) => s.id))
      expect(runs.every((r) => r.shoeId !== null && shoeIds.has(r.shoeId))).toBe(true)
      // The shoe totals a coach sees add up to the runs logged in them.
      const logged = shoes.reduce((s, shoe) => s + shoe.runCount, 0)
      expect(logged).toBe(runs.length)

      const pain = repos.pain.list(athlete.id)
      expect(pain).toHaveLength(generated.pain.length)
      for (const report of pain) {
        if (report.runId === null) continue
        const run = runsById.get(report.runId)
        expect(run?.athleteId).toBe(athlete.id)
        if (report.timing !== 'next_morning') expect(run?.date).toBe(report.date)
      }
      expect(repos.assessments.list(athlete.id)).toHaveLength(generated.assessments.length)
      expect(repos.sessions.list(athlete.id)).toHaveLength(generated.sessions.length)
    }
  })

  it('writes 20 athletes over a year with every runner training 2.5+ days a week on average', () => {
    const club = generateClub({ athletes: 20, days: 365, endDate: END, seed: 3 })
    const summary = writeClub(backend.repos, club)
    expect(summary.athletes).toBe(20)
    expect(summary.runs).toBeGreaterThan(20 * 52 * 2.5)
  })
})
