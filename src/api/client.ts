// The only module that touches window.api. Stores call `unwrap(await api.domain.verb(...))` inside
// try/catch, so a failed call reads like any other thrown error and keeps its field for the forms.
import type { BackstrideApi } from '#shared/contract'
import type { ApiError, ErrorCode, Result } from '#shared/result'

export class ApiFailure extends Error {
  readonly code: ErrorCode
  readonly field: string | undefined

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiFailure'
    this.code = error.code
    this.field = error.field
  }
}

const recoveryListeners: (() => void)[] = []

/** Called when a request answers that the data is not open: the app then shows the recovery screen. */
export function onRecoveryNeeded(listener: () => void): void {
  recoveryListeners.push(listener)
}

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  if (result.error.code === 'recovery') for (const listener of recoveryListeners) listener()
  throw new ApiFailure(result.error)
}

/** A sentence the coach can read, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return 'Something went wrong. Please try again.'
}

const DISCONNECTED: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Backstride’s data service is not connected. Restart the app.' },
}

const disconnectedDomain = new Proxy({}, { get: () => () => Promise.resolve(DISCONNECTED) })

// window.api is looked up on every call, so a bridge installed after this module loaded (the e2e
// harness) still works; with no bridge at all (a plain browser preview) each call answers with an
// explained failure instead of crashing the page.
export const api = new Proxy({} as BackstrideApi, {
  get: (_target, domain: string) => {
    const bridge = (window as Partial<Window>).api as Record<string, unknown> | undefined
    return bridge?.[domain] ?? disconnectedDomain
  },
})
