// What every IPC call returns. Errors carry the field they belong to so a form can show the message
// next to that field.
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unknown_method'
  | 'internal'
  /** the feature needs the desktop app (saving a PDF) and this is not it */
  | 'unavailable'
  /** the disk or folder refused: full, read-only, or no permission (the message names the folder) */
  | 'storage'
  /** the data could not be opened safely: the renderer shows the recovery screen */
  | 'recovery'

export interface ApiError {
  code: ErrorCode
  message: string
  field?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, field?: string): Result<never> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } }
}
