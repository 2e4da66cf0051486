// What a coach types into a number field becomes: null for an empty field, NaN for something that is
// not a number (so the schema answers "Enter a number"), the number otherwise. A decimal comma works.

export function parseNumber(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const value = Number(trimmed.replace(',', '.'))
  return Number.isFinite(value) ? value : Number.NaN
}

/** Minutes from "45", "45.5", "45:30" (m:ss) or "1:05:30" (h:mm:ss). */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim()
  if (!trimmed.includes(':')) return parseNumber(trimmed)
  const parts = trimmed.split(':')
  if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return Number.NaN
  const [a = 0, b = 0, c] = parts.map(Number)
  return c === undefined ? a + b / 60 : a * 60 + b + c / 60
}

export function textOf(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value)
}

/** A distance as the coach would type it: enough digits that saving it unchanged keeps the metres. */
export function distanceText(value: number): string {
  return String(Number(value.toFixed(4)))
}
