// domain.md "One computation": the team overview, the athlete page and the guidance rules read a day's
// figures from the same function over the same whole history. Random histories, gaps of years included,
// in a real database: the three agree on the day asked about to 1e-9 (in practice to the last bit).
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../backend'
import { runFields } from '#shared/schemas/run'
import { call, cleanup, tempBackend } from '../../../../test/support'
import { contextFor } from '../guidance'
import { addDays, toDayNumber } from './days'
import { metricsOn } from './history'
import { weekFigures } from './weekly'

let backend: Backend
beforeAll(async () => {
  backend = await tempBackend()
})
afterAll(cleanup)

const ORIGIN = { source: 'manual', sourceFile: null, fingerprint: null } as const

/** Stretches of training separated by gaps from a day to several years; some runs without RPE. */
const history = fc.array(
  fc.record({
    gapDays: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 365, max: 3 * 365 })),
    runs: fc.array(
      fc.record({
        after: fc.integer({ min: 0, max: 4 }),
        durationMin: fc.integer({ min: 10, max: 150 }),
        rpe: fc.option(fc.integer({ min: 1, max: 10 }), { freq: 6 }),
        distanceM: fc.integer({ min: 1000, max: 30_000 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
  }),
  { minLength: 1, maxLength: 4 },
)

const close = (a: number | null | undefined, b: number | null | undefined) => {
  if (a === null || b === null || a === undefined || b === undefined) expect(a).toBe(b)
  else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)))
}

describe('one computation behind every screen', () => {
  it('team overview, athlete series and guidance agree on the day, for histories with gaps of years', async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(history, fc.integer({ min: 0, max: 60 }), async (stretches, pastEnd) => {
        const athlete = await call(backend, 'athletes.create', { name: `Runner ${String(++n)}` })
        let date = '2015-01-05'
        const insert = backend.repos.db.transaction(() => {
          for (const stretch of stretches) {
            date = addDays(date, stretch.gapDays)
            for (const { after, ...run } of stretch.runs) {
              date = addDays(date, after)
              const fields = runFields.parse({ athleteId: athlete.id, date, ...run })
              backend.repos.runs.insert(fields, ORIGIN)
            }
          }
        })
        insert()
        const through = addDays(date, pastEnd)

        const team = await call(backend, 'analytics.team', { through })
        const row = team.rows.find((r) => r.athleteId === athlete.id)
        // The athlete page drawn up to a later day: a day's figures do not depend on what came after.
        const page = await call(backend, 'analytics.athlete', { athleteId: athlete.id, through: addDays(through, 90) })
        const day = page.days.find((d) => d.date === through)
        const ctx = contextFor(backend.repos, athlete.id, through)
        const rules = ctx && metricsOn(ctx.history, toDayNumber(through))

        expect(row && day && rules).toBeTruthy()
        close(row?.acwr, day?.acwrEwma)
        close(rules?.acwrEwma, day?.acwrEwma)
        expect(row?.acwrReason).toBe(day?.acwrReason)
        close(row?.chronicLoad, day?.chronicEwma)
        close(rules?.chronicEwma, day?.chronicEwma)
        close(row?.monotony, day?.monotony)
        close(rules?.monotony, day?.monotony)
        close(rules?.acwrRolling, day?.acwrRolling)

        // Weeks: the team's week change and the guidance's weeks are the athlete page's week table on that day.
        const pageOnDay = await call(backend, 'analytics.athlete', { athleteId: athlete.id, through })
        const lastWeek = pageOnDay.weeks.at(-1)
        close(row?.weekChangePct, lastWeek?.distanceChangePct)
        expect(row?.loadWeeks.at(-1)).toBe(lastWeek?.load)
        const ruleWeek = ctx && weekFigures(ctx.history, toDayNumber(through)).at(-1)
        expect(ruleWeek?.progression).toBe(lastWeek?.progression)
        close(ruleWeek?.twoWeekDistanceChangePct, lastWeek?.twoWeekDistanceChangePct)
        await call(backend, 'athletes.archive', { id: athlete.id }) // keeps the next team overview small
      }),
      { numRuns: 40 },
    )
  })
})
