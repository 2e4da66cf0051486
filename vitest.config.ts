import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const ALL = ['electron/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts']
/** Tests of the clock a run is read on: run once per time zone below, never in the default project. */
const CLOCK = ['electron/**/*.tz.test.ts']

/** Each listed zone runs the clock tests with this computer set to it (the coach's machine abroad). */
const zoned = (zone: string) => ({
  extends: true as const,
  test: { name: `TZ=${zone}`, include: CLOCK, env: { TZ: zone } },
})

export default defineConfig({
  plugins: [vue()],
  // Component tests see the product build: no chart probe (src/dev/chartProbe.ts has its own tests).
  define: { __CHART_PROBE__: 'false' },
  test: {
    environment: 'node',
    // Component tests opt in with a `// @vitest-environment happy-dom` line.
    pool: 'forks',
    testTimeout: 20_000,
    projects: [
      // Pinned to UTC so a test's expected local times do not depend on the machine it runs on.
      { extends: true, test: { name: 'unit', include: ALL, exclude: CLOCK, env: { TZ: 'UTC' } } },
      zoned('Europe/Paris'),
      zoned('America/New_York'),
    ],
  },
})
