import type { Locator, Page } from '@playwright/test'

/** What a test can read of a drawn chart through the chart probe's __backstrideCharts registry, src/dev/chartProbe.ts. */
export interface ChartSnapshot {
  labels: string[]
  /** number of points per dataset label */
  points: Record<string, number>
  xMin: number
  xMax: number
}

interface ChartLike {
  data: { datasets: { label?: string; data: unknown[] }[] }
  scales: Record<string, { min: number; max: number }>
  getDatasetMeta(index: number): { data: { x: number; y: number }[] }
  // spelled out: the e2e project is type-checked without the DOM library
  canvas: {
    width: number
    height: number
    getContext(
      kind: '2d',
    ): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null
  }
}

type Registry = Map<string, ChartLike>

/** The athlete page's "Training load and pain" section. */
export class LoadSection {
  readonly section: Locator
  readonly canvas: Locator
  readonly tooltip: Locator

  constructor(
    readonly page: Page,
    readonly chartId = 'load-chart',
  ) {
    this.section = page.getByRole('region', { name: 'Training load and pain' })
    this.canvas = this.section.locator('canvas')
    this.tooltip = this.section.getByTestId('chart-tooltip')
  }

  async chooseRange(label: string): Promise<void> {
    await this.section.getByRole('group', { name: 'Time range' }).getByLabel(label, { exact: true }).check()
  }

  /** null until the chart is registered. */
  snapshot(): Promise<ChartSnapshot | null> {
    return this.page.evaluate((id) => {
      const chart = (globalThis as { __backstrideCharts?: Registry }).__backstrideCharts?.get(id)
      if (!chart) return null
      const datasets = chart.data.datasets
      return {
        labels: datasets.map((d) => d.label ?? ''),
        points: Object.fromEntries(datasets.map((d) => [d.label ?? '', d.data.length])),
        xMin: chart.scales.x?.min ?? Number.NaN,
        xMax: chart.scales.x?.max ?? Number.NaN,
      }
    }, this.chartId)
  }

  /** How many pixels of the canvas are not transparent: a blank chart has none. */
  paintedPixels(): Promise<number> {
    return this.page.evaluate((id) => {
      const canvas = (globalThis as { __backstrideCharts?: Registry }).__backstrideCharts?.get(id)?.canvas
      const context = canvas?.getContext('2d')
      if (!canvas || !context) return 0
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      let painted = 0
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++
      return painted
    }, this.chartId)
  }

  /** The page position of point `index` of the dataset labelled `label`. */
  async pointPosition(label: string, index: number): Promise<{ x: number; y: number }> {
    // The mouse can only point at what is on screen.
    await this.canvas.evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }))
    const local = await this.page.evaluate(
      ({ id, label, index }) => {
        const chart = (globalThis as { __backstrideCharts?: Registry }).__backstrideCharts?.get(id)
        const dataset = chart?.data.datasets.findIndex((d) => d.label === label) ?? -1
        const point = dataset >= 0 ? chart?.getDatasetMeta(dataset).data[index] : undefined
        return point ? { x: point.x, y: point.y } : null
      },
      { id: this.chartId, label, index },
    )
    const box = await this.canvas.boundingBox()
    if (!local || !box) throw new Error(`No point ${String(index)} in "${label}"`)
    return { x: box.x + local.x, y: box.y + local.y }
  }
}
