// How a dosage reads on screen and on paper: "2 × 12 per side · rest 30 s". Shared by the builder and
// the printed sheet so the two never disagree.
import type { Ceiling } from './ceilings'
import type { Dosage, ProgramItem } from './programs'
import { countOf } from './text'

export function seconds(value: number): string {
  if (value >= 60 && value % 60 === 0) return `${String(value / 60)} min`
  return `${String(value)} s`
}

/** start + extra × step, stopping at the ceiling (a start the coach set above it stays as it is). */
function grow(start: number | null, step: number, extra: number, top: number | undefined): number | null {
  if (start === null) return null
  const grown = start + extra * step
  return top === undefined ? grown : Math.max(start, Math.min(grown, top))
}

/** The dosage in week `week` (1-based) once the weekly progression is applied, up to the exercise's ceiling. */
export function dosageInWeek(
  item: Dosage & Partial<Pick<ProgramItem, 'repsStep' | 'holdStep'>>,
  week: number,
  ceiling: Ceiling = {},
) {
  const extra = Math.max(0, week - 1)
  return {
    ...item,
    reps: grow(item.reps, item.repsStep ?? 0, extra, ceiling.reps),
    holdSec: grow(item.holdSec, item.holdStep ?? 0, extra, ceiling.holdSec),
  }
}

function sideText(d: Dosage): string {
  if (d.sides === 'each') return ' per side'
  if (d.sides === 'left_first') return ' per side, left first'
  if (d.sides === 'right_first') return ' per side, right first'
  return ''
}

/** "3 × 20 s hold", "2 × 12 per side", "3 × 15, hold 2 s" — then the rest, when there is one. */
export function formatDosage(d: Dosage): string {
  const sets = d.sets > 1 ? `${String(d.sets)} × ` : ''
  let body: string
  if (d.reps !== null && d.holdSec !== null) body = `${sets}${String(d.reps)}, hold ${seconds(d.holdSec)}`
  else if (d.reps !== null) body = `${sets}${String(d.reps)}`
  else if (d.holdSec !== null) body = `${sets}${seconds(d.holdSec)} hold`
  else body = d.sets > 1 ? `${String(d.sets)} rounds` : 'once'
  const rest = d.restSec ? ` · rest ${seconds(d.restSec)}` : ''
  return `${body}${sideText(d)}${rest}`
}

/**
 * "+2 reps a week (week 6: 2 × 22)", "+5 s hold each week up to 60 s (week 6: 3 × 60 s hold)", or '' when
 * the dosage stays the same (no step, or already at the ceiling).
 */
export function formatProgression(item: ProgramItem, weeks: number, ceiling: Ceiling = {}): string {
  if (weeks < 2) return ''
  const last = dosageInWeek(item, weeks, ceiling)
  const parts: string[] = []
  if (item.reps !== null && item.repsStep > 0 && last.reps !== item.reps)
    parts.push(
      `+${countOf(item.repsStep, 'rep')}` +
        (ceiling.reps !== undefined && last.reps === ceiling.reps ? ` up to ${String(ceiling.reps)}` : ''),
    )
  if (item.holdSec !== null && item.holdStep > 0 && last.holdSec !== item.holdSec)
    parts.push(
      `+${seconds(item.holdStep)} hold` +
        (ceiling.holdSec !== undefined && last.holdSec === ceiling.holdSec ? ` up to ${seconds(ceiling.holdSec)}` : ''),
    )
  if (!parts.length) return ''
  return `${parts.join(', ')} each week (week ${String(weeks)}: ${formatDosage({ ...last, restSec: null })})`
}
