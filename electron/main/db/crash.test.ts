// Kill -9 at random moments while the app writes (see reliability/crash.ts): after each kill the data opens,
// passes SQLite's integrity check, holds every acknowledged commit and no half of any transaction. 20 kills
// here; `npm run test:soak` runs 100 and more.
import { afterEach, describe, expect, it } from 'vitest'
import { runCrashLoop } from '../../../test/reliability/crash'
import { cleanup, tempDir } from '../../../test/support'

afterEach(cleanup)

const KILLS = 20

describe('a write interrupted by SIGKILL', () => {
  it(
    `never loses an acknowledged commit nor leaves half a transaction (${String(KILLS)} kills)`,
    async () => {
      const report = await runCrashLoop({ kills: KILLS, seed: 20261121, dataDir: tempDir() })
      console.log(`crash consistency: ${JSON.stringify(report)}`)
      expect(report.kills).toBe(KILLS)
      // The child wrote and acknowledged units in most of its lives, so the kills fell among real writes.
      expect(report.acknowledged).toBeGreaterThan(0)
      expect(report.unitsCommitted).toBeGreaterThanOrEqual(report.acknowledged)
    },
    // Detects a hung child, not slowness: 20 lives take about 20 s on a 2-core machine.
    180_000,
  )
})
