// Program adherence as a thin band under the load-vs-pain chart: one box per program week, shaded by the
// share of planned sessions the runner ticked, with the percentage written on it (colour never alone).
import { addDays } from '#shared/dates'
import type { ChartColors } from './chartColors'
import { dayMs } from './loadSeries'

export interface AdherenceBandWeek {
  weekStart: string
  /** 0–100; null when nothing was planned that week */
  percent: number | null
  title: string
}

/** Left axis of the band: listed first so Chart.js lays it out at the bottom of the left stack. */
export function adherenceAxis(colors: ChartColors) {
  return {
    position: 'left' as const,
    stack: 'left',
    stackWeight: 0.5,
    // Chart.js orders a stack by weight: the lowest sits at the bottom of the left stack.
    weight: -1,
    offset: true,
    min: 0,
    max: 100,
    title: { display: true, text: 'Program', color: colors.muted },
    ticks: { display: false },
    grid: { display: false },
  }
}

/** The matching empty slot at the bottom of the right-hand stack, so the panels stay aligned. */
export const adherencePad = {
  position: 'right' as const,
  stack: 'right',
  stackWeight: 0.5,
  ticks: { display: false },
  grid: { display: false },
  border: { display: false },
}

/** '#rrggbb' with an alpha, as canvas fill styles take it. Other colour forms are returned unchanged. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!m) return hex
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => parseInt(part ?? '0', 16))
  return `rgba(${String(r)}, ${String(g)}, ${String(b)}, ${alpha.toFixed(2)})`
}

export function adherenceAnnotations(weeks: readonly AdherenceBandWeek[], colors: ChartColors) {
  return Object.fromEntries(
    weeks
      .filter((w): w is AdherenceBandWeek & { percent: number } => w.percent !== null)
      .map((w) => [
        `adherence-${w.weekStart}`,
        {
          type: 'box' as const,
          yScaleID: 'yAdherence',
          xMin: dayMs(w.weekStart),
          xMax: dayMs(addDays(w.weekStart, 7)),
          yMin: 0,
          yMax: 100,
          // Opacity carries the share: an untouched week is faint, a complete week solid.
          backgroundColor: withAlpha(colors.adherence, 0.15 + 0.85 * (w.percent / 100)),
          borderColor: colors.surface,
          borderWidth: 1,
          drawTime: 'beforeDatasetsDraw' as const,
          label: {
            display: true,
            content: `${String(w.percent)} %`,
            color: colors.text,
            font: { size: 10 },
            padding: 0,
          },
        },
      ]),
  )
}
