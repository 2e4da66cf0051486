import type { Unit } from './enums'

// Distances are stored in metres everywhere; the coach's unit applies only at the edges (forms and
// display).
export const METRES_PER_KM = 1000
export const METRES_PER_MILE = 1609.344

export function metresPerUnit(unit: Unit): number {
  return unit === 'mi' ? METRES_PER_MILE : METRES_PER_KM
}

export function metresToUnit(metres: number, unit: Unit): number {
  return metres / metresPerUnit(unit)
}

export function unitToMetres(value: number, unit: Unit): number {
  return Math.round(value * metresPerUnit(unit))
}

export function formatDistance(metres: number | null, unit: Unit, digits = 1): string {
  if (metres === null) return '—'
  return `${metresToUnit(metres, unit).toFixed(digits)} ${unit}`
}

export function formatDuration(minutes: number): string {
  const total = Math.round(minutes * 60)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0')
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}
