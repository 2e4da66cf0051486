// fast-check against every import parser (see reliability/parser-fuzz-child.ts): random bytes and mutated
// FIT, GPX, TCX and CSV files end in activities or a FileProblem with a clear message, never another error,
// a crash or a hang. The real recordings in ../shared/fixtures are mutated too when that folder is there.
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runParserFuzz } from '../../../../test/reliability/parser-fuzz'
import { sharedFolder } from '../../../../test/shared-folder'
import { cleanup, tempDir } from '../../../../test/support'

afterEach(cleanup)

/** Per parser; `npm run test:soak` runs 20 times as many. */
const RUNS = 150
const FIXTURES = sharedFolder(join('fixtures', 'activities'), 'mutating the real recordings in the parser fuzz')

describe('the import parsers, fuzzed', () => {
  it(
    'answer every input with activities or a clear refusal, and never crash or hang',
    async () => {
      const report = await runParserFuzz({
        numRuns: RUNS,
        seed: 7,
        workDir: tempDir(),
        realFiles: FIXTURES,
      })
      console.log(`parser fuzz: ${JSON.stringify(report)}`)
      for (const parser of ['fit', 'gpx', 'tcx', 'csv'] as const) {
        expect(report[parser].cases).toBe(RUNS)
        // Both outcomes happen, so the inputs reach past the first check of each parser.
        expect(report[parser].refused).toBeGreaterThan(0)
        expect(report[parser].parsed + report[parser].refused).toBe(RUNS)
      }
    },
    // Detects a stuck child; each case has its own limit as well (reliability/parser-fuzz.ts).
    300_000,
  )
})
