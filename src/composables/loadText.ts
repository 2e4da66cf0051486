// What the load chart's points are, in a coach's words: the tooltip lines, ACWR bands and monotony
// levels. Plain functions of their inputs (the unit is passed in), so tests pin the exact sentences.
import type { LoadDay, RunSpike, WeekSummary } from '#shared/analytics'
import { URGENT_RED_FLAGS, type RedFlag, type Unit } from '#shared/enums'
import { PAIN_LOCATION_LABEL, PAIN_TIMING_LABEL, RED_FLAG_LABEL, RUN_TYPE_LABEL } from '#shared/labels'
import type { PainReport, Run } from '#shared/types'
import { formatDistance, formatDuration } from '#shared/units'
import { formatDate, formatDateTime } from './dates'
import { countOf } from '#shared/text'

export type AcwrBand = 'low' | 'typical' | 'elevated' | 'high'

/** Descriptive bands of the ratio: < 0.8 low, 0.8–1.3 typical, above 1.3 to 1.5 elevated, above 1.5 high. */
export const ACWR_BANDS: readonly { band: AcwrBand; from: number; to: number | null }[] = [
  { band: 'low', from: 0, to: 0.8 },
  { band: 'typical', from: 0.8, to: 1.3 },
  { band: 'elevated', from: 1.3, to: 1.5 },
  { band: 'high', from: 1.5, to: null },
]

/** Judged on the ratio as shown (two decimals), so "1.50" never reads "high". */
export function acwrBand(value: number): AcwrBand {
  const ratio = Math.round(value * 100) / 100
  if (ratio < 0.8) return 'low'
  if (ratio <= 1.3) return 'typical'
  if (ratio <= 1.5) return 'elevated'
  return 'high'
}

/** "1.32 (elevated)"; "—" when there is no ratio yet. */
export function formatAcwr(ratio: number | null): string {
  return ratio === null ? '—' : `${ratio.toFixed(2)} (${acwrBand(ratio)})`
}

export type MonotonyLevel = 'high' | 'caution' | null

/** Foster 1998: caution from 1.5, high from 2.0. */
export function monotonyLevel(monotony: number): MonotonyLevel {
  if (monotony >= 2) return 'high'
  if (monotony >= 1.5) return 'caution'
  return null
}

/** "+12 %", "−8 %", "0 %"; "—" when there is nothing to compare with. */
export function formatChange(pct: number | null): string {
  if (pct === null) return '—'
  const rounded = Math.round(pct)
  if (rounded === 0) return '0 %'
  return `${rounded > 0 ? '+' : '−'}${String(Math.abs(rounded))} %`
}

export function isUrgentFlag(flags: readonly RedFlag[]): boolean {
  return flags.some((f) => (URGENT_RED_FLAGS as readonly RedFlag[]).includes(f))
}

/** "Long run · 18.2 km · RPE 5 · load 540" */
export function runSummary(run: Run, unit: Unit): string {
  const parts = [`${RUN_TYPE_LABEL[run.type]} run`]
  parts.push(run.distanceM === null ? formatDuration(run.durationMin) : formatDistance(run.distanceM, unit))
  parts.push(run.rpe === null ? 'no RPE yet' : `RPE ${String(run.rpe)}`)
  if (run.load !== null) parts.push(`load ${String(Math.round(run.load))}`)
  return parts.join(' · ')
}

/** "Single-run spike: 18.2 km, 125 % of the longest run in the 30 days before (14.6 km on Sun 1 Mar 2026)" */
export function spikeSummary(spike: RunSpike, unit: Unit): string {
  const show = (value: number) => (spike.measure === 'distance' ? formatDistance(value, unit) : formatDuration(value))
  return (
    `Single-run spike: ${show(spike.value)}, ${String(Math.round(spike.ratio * 100))} % of the longest run in the ` +
    `30 days before (${show(spike.previousLongest)} on ${formatDate(spike.previousLongestDate)})`
  )
}

/** The lines for one day's bar: its runs in coach words, or a rest day, and any spike on it. */
export function dayLines(day: LoadDay, runs: readonly Run[], spikes: readonly RunSpike[], unit: Unit): string[] {
  const date = formatDate(day.date)
  const lines =
    runs.length === 0
      ? [`${date} · Rest day`]
      : runs.length === 1
        ? [`${date} · ${runSummary(runs[0] as Run, unit)}`]
        : [
            `${date} · ${countOf(runs.length, 'run')} · ${formatDistance(day.distanceM, unit)} · load ${String(Math.round(day.load))}`,
            ...runs.map((run) => runSummary(run, unit)),
          ]
  return [...lines, ...spikes.map((spike) => spikeSummary(spike, unit))]
}

/** "Week of Mon 9 Mar 2026 · 5 runs · 42.3 km · 4:10:00 · load 1830", then the change on the week before. */
export function weekLines(week: WeekSummary, unit: Unit): string[] {
  const runs = countOf(week.runCount, 'run')
  const lines = [
    `Week of ${formatDate(week.weekStart)} · ${runs} · ${formatDistance(week.distanceM, unit)} · ` +
      `${formatDuration(week.durationMin)} · load ${String(Math.round(week.load))}`,
  ]
  if (week.distanceChangePct !== null) lines.push(`Distance ${formatChange(week.distanceChangePct)} on the week before`)
  if (week.worstPain !== null) lines.push(`Worst pain ${String(week.worstPain)}/10 in ${painCount(week.painReports)}`)
  return lines
}

function painCount(n: number): string {
  return countOf(n, 'report')
}

/** "Pain 6/10 · During the run · from minute 30 · Left side", then the date and any red flag. */
export function painLines(report: PainReport): string[] {
  const first = [`Pain ${String(report.score)}/10`, PAIN_TIMING_LABEL[report.timing]]
  if (report.onsetMinute !== null) first.push(`from minute ${String(report.onsetMinute)}`)
  first.push(PAIN_LOCATION_LABEL[report.location])
  const when = formatDateTime(report.date, report.time)
  const lines = [first.join(' · '), when]
  if (report.redFlags.length > 0) {
    const flags = report.redFlags.map((f) => RED_FLAG_LABEL[f]).join('; ')
    lines.push(
      isUrgentFlag(report.redFlags)
        ? `Urgent red flag: ${flags}. Stop running; see a doctor today.`
        : `Red flag: ${flags}. See a doctor before more training.`,
    )
  }
  return lines
}

/** A point of the ACWR line, or of the acute and chronic lines. */
export function ratioLines(day: LoadDay): string[] {
  return [`${formatDate(day.date)} · ACWR ${formatAcwr(day.acwrEwma)}`, acuteChronicText(day)]
}

export function acuteChronicLines(day: LoadDay): string[] {
  return [`${formatDate(day.date)} · ${acuteChronicText(day)}`, `ACWR ${formatAcwr(day.acwrEwma)}`]
}

function acuteChronicText(day: LoadDay): string {
  return `acute load ${String(Math.round(day.acuteEwma))} · chronic load ${String(Math.round(day.chronicEwma))} (per day)`
}
