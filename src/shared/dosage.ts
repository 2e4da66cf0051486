// How a dosage reads on screen and on paper: "2 × 12 per side · rest 30 s". Shared by the builder and
// the printed sheet so the two never disagree.
import type { Dosage, ProgramItem } from './programs'
import { countOf } from './text'

export function seconds(value: number): string {
  if (value >= 60 && value % 60 === 0) return `${String(value / 60)} min`
  return `${String(value)} s`
}

/** The dosage in week `week` (1-based) once the weekly progression is applied. */
export function dosageInWeek(item: Dosage & Partial<Pick<ProgramItem, 'repsStep' | 'holdStep'>>, week: number) {
  const extra = Math.max(0, week - 1)
  return {
    ...item,
    reps: item.reps === null ? null : item.reps + extra * (item.repsStep ?? 0),
    holdSec: item.holdSec === null ? null : item.holdSec + extra * (item.holdStep ?? 0),
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

/** "+2 reps a week (week 6: 2 × 22)", or '' when the dosage stays the same. */
export function formatProgression(item: ProgramItem, weeks: number): string {
  const parts: string[] = []
  if (item.reps !== null && item.repsStep > 0) parts.push(`+${countOf(item.repsStep, 'rep')}`)
  if (item.holdSec !== null && item.holdStep > 0) parts.push(`+${seconds(item.holdStep)} hold`)
  if (!parts.length || weeks < 2) return ''
  return `${parts.join(', ')} each week (week ${String(weeks)}: ${formatDosage({ ...dosageInWeek(item, weeks), restSec: null })})`
}
