// Chart colours come from the design tokens, read when the chart is drawn: a canvas cannot use CSS
// variables itself, and reading them at draw time is what lets light and dark mode both apply.
import { onBeforeUnmount, ref } from 'vue'
import { PAIN_TIMINGS, type PainTiming } from '#shared/enums'
import type { AcwrBand } from './loadText'

export interface ChartColors {
  text: string
  muted: string
  grid: string
  surface: string
  bar: string
  barWeek: string
  acute: string
  chronic: string
  acwr: string
  spike: string
  redFlag: string
  adherence: string
  bands: Record<AcwrBand, string>
  pain: Record<PainTiming, string>
}

const TIMING_TOKEN: Record<PainTiming, string> = {
  before: '--chart-pain-before',
  during: '--chart-pain-during',
  after: '--chart-pain-after',
  later: '--chart-pain-later',
  next_morning: '--chart-pain-next-morning',
}

export function readChartColors(element: Element = document.documentElement): ChartColors {
  const style = getComputedStyle(element)
  const token = (name: string) => style.getPropertyValue(name).trim()
  return {
    text: token('--text'),
    muted: token('--text-muted'),
    grid: token('--border'),
    surface: token('--surface'),
    bar: token('--chart-bar'),
    barWeek: token('--chart-bar-week'),
    acute: token('--chart-acute'),
    chronic: token('--chart-chronic'),
    acwr: token('--chart-acwr'),
    spike: token('--level-caution'),
    redFlag: token('--level-refer-today'),
    adherence: token('--level-info'),
    bands: {
      low: token('--chart-band-low'),
      typical: token('--chart-band-typical'),
      elevated: token('--chart-band-elevated'),
      high: token('--chart-band-high'),
    },
    pain: Object.fromEntries(PAIN_TIMINGS.map((t) => [t, token(TIMING_TOKEN[t])])) as Record<PainTiming, string>,
  }
}

/** Changes when the system switches between light and dark, so charts re-read their colours. */
export function useColorScheme() {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
  const scheme = ref<'light' | 'dark'>(query?.matches ? 'dark' : 'light')
  const update = () => {
    scheme.value = query?.matches ? 'dark' : 'light'
  }
  query?.addEventListener('change', update)
  onBeforeUnmount(() => query?.removeEventListener('change', update))
  return scheme
}

/** Short or no animation: big histories draw at once, and so does everything when motion is reduced. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
