// SIGKILL in the middle of a restore (see reliability/restore-kill.ts): afterwards the app starts as usual
// with exactly the old data or exactly the new.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runRestoreKills } from '../../../test/reliability/restore-kill'
import { call, cleanup, tempBackend, tempDir } from '../../../test/support'

afterEach(cleanup)

const KILLS = 5

describe('a restore killed halfway', () => {
  it(
    'leaves the old data or the new, and the app starts on it',
    async () => {
      // The new club: the demo club's backup, kept outside the folder being restored into.
      const source = await tempBackend({ integrityCheckAfterMs: null })
      await call(source, 'demo.create', {})
      const backup = await call(source, 'backups.create', {})
      source.close()
      // The old club: one athlete, closed, as between two sessions.
      const old = await tempBackend({ dataDir: join(tempDir(), 'old'), integrityCheckAfterMs: null })
      await call(old, 'athletes.create', { name: 'Ana Ruiz' })
      old.close()
      const report = await runRestoreKills({
        kills: KILLS,
        seed: 11,
        workDir: tempDir(),
        template: old.dataDir,
        backup: backup.path,
      })
      console.log(`mid-restore kills: ${JSON.stringify(report)}`)
      expect(report.kills).toBeGreaterThanOrEqual(KILLS)
      expect(report.leftOld + report.leftNew).toBe(report.kills + report.finishedFirst)
    },
    // Detects a hung child, not slowness.
    180_000,
  )
})
