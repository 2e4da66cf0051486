import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/** SQL migrations are read at start-up from beside the built main script. */
function copyMigrations(): Plugin {
  return {
    name: 'backstride:copy-migrations',
    closeBundle() {
      cpSync(resolve('electron/main/db/migrations'), resolve('out/main/migrations'), { recursive: true })
    },
  }
}

/** Vite's dev server injects styles as <style> tags; only there does the CSP allow inline styles. */
function devCsp(): Plugin {
  return {
    name: 'backstride:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html: string) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  }
}

/**
 * Builds that watch the charts from outside get src/dev/chartProbe.ts: the e2e suite and the benchmark
 * build with `--mode probe`, and the dev server runs in development mode. The product build (`production`)
 * compiles the probe out.
 */
export const CHART_PROBE_MODES: readonly string[] = ['probe', 'development']

export const rendererDefine = (mode: string) => ({ __CHART_PROBE__: JSON.stringify(CHART_PROBE_MODES.includes(mode)) })

export default defineConfig(({ mode }) => ({
  main: {
    plugins: [copyMigrations()],
    build: {
      // The back end runs in its own thread (electron/main/worker): its own entry beside index.js.
      rolldownOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          'backend-worker': resolve('electron/main/worker/entry.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require anything but electron: bundle zod and the contract into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src',
    plugins: [vue(), devCsp()],
    define: rendererDefine(mode),
    build: {
      // electron-vite leaves every bundle unminified; the renderer is worth minifying (load and parse time).
      minify: true,
      rolldownOptions: { input: { index: resolve('src/index.html') } },
    },
  },
}))
