// The chart probe is for the builds that watch the app (e2e, bench, dev): the product build must not carry
// it. BaseChart is built here with the renderer's own define for each mode and the output searched.
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { build, type Rolldown } from 'vite'
import { describe, expect, it } from 'vitest'
import configFor, { CHART_PROBE_MODES, rendererDefine } from '../electron.vite.config'

async function buildBaseChart(mode: string): Promise<string> {
  const output = (await build({
    configFile: false,
    root: resolve('src'),
    mode,
    logLevel: 'silent',
    plugins: [vue()],
    define: rendererDefine(mode),
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve('src/components/common/BaseChart.vue'), formats: ['es'], fileName: 'base-chart' },
      rolldownOptions: { external: [/^chart\.js/, /^chartjs-/, 'vue', 'vue-chartjs'] },
    },
  })) as Rolldown.RolldownOutput[]
  return output
    .flatMap((o) => o.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n')
}

describe('chart probe switch', () => {
  it('is on for the probe build (e2e, bench) and the dev server, off for the product build', () => {
    expect(CHART_PROBE_MODES).toEqual(['probe', 'development'])
    expect(rendererDefine('probe')).toEqual({ __CHART_PROBE__: 'true' })
    expect(rendererDefine('production')).toEqual({ __CHART_PROBE__: 'false' })
    // …and the renderer build is the one that gets it
    const define = (mode: string) =>
      (configFor as unknown as (env: { command: string; mode: string }) => { renderer: { define: object } })({
        command: 'build',
        mode,
      }).renderer.define
    expect(define('production')).toEqual({ __CHART_PROBE__: 'false' })
    expect(define('probe')).toEqual({ __CHART_PROBE__: 'true' })
  })

  it('leaves the registry and the performance marks out of the product build', async () => {
    const product = await buildBaseChart('production')
    expect(product).toContain('data-chart-id')
    expect(product).not.toContain('__backstrideCharts')
    expect(product).not.toContain('backstride:chart-first-draw')
    expect(product).not.toContain('performance.mark')
  })

  it('carries them in the probe build', async () => {
    const probe = await buildBaseChart('probe')
    expect(probe).toContain('__backstrideCharts')
    expect(probe).toContain('backstride:chart-first-draw')
  })
})
