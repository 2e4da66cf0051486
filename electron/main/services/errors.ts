import type { ErrorCode } from '#shared/result'

/** An error a service raises on purpose; its message is shown to the coach as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function notFound(what: string, field?: string): AppError {
  return new AppError('not_found', `${what} was not found. It may have been deleted.`, field)
}

export function must<T>(value: T | undefined, what: string, field?: string): T {
  if (value === undefined) throw notFound(what, field)
  return value
}
