// SIGKILL in the middle of a migration (see reliability/migration-kill.ts): the file is left at exactly the
// old version or the new one, with that version's schema and every row, and the next start finishes it.
import { afterEach, describe, expect, it } from 'vitest'
import { runMigrationKills } from '../../../test/reliability/migration-kill'
import { cleanup, migrationsDir, tempDir } from '../../../test/support'
import { loadMigrations } from './migrate'

afterEach(cleanup)

const KILLS = 5

describe('a migration killed halfway', () => {
  it(
    'leaves exactly the old or the new version, with all the data, and finishes at the next start',
    async () => {
      const report = await runMigrationKills({ kills: KILLS, seed: 3, workDir: tempDir() })
      console.log(`mid-migration kills: ${JSON.stringify(report)}`)
      expect(report.kills).toBeGreaterThanOrEqual(KILLS)
      // At least one kill fell inside the slow step and rolled it back to the version before it.
      expect(report.leftOld).toBeGreaterThan(0)
      const head = loadMigrations(migrationsDir).length + 1
      for (const version of Object.keys(report.versions).map(Number)) {
        expect(version).toBeGreaterThanOrEqual(1)
        expect(version).toBeLessThanOrEqual(head)
      }
    },
    // Detects a hung child, not slowness: this takes about 10 s on a 2-core machine.
    180_000,
  )
})
