import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['electron/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Component tests opt in with a `// @vitest-environment happy-dom` line.
    pool: 'forks',
    testTimeout: 20_000,
  },
})
