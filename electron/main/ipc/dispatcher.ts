// The one entry point for every call from the renderer. Plain TypeScript with no Electron import: main
// wires it to ipcMain, unit tests call it directly, and the e2e harness binds it into a Chromium page.
import { contract, type MethodName } from '#shared/contract'
import { fail, ok, type Result } from '#shared/result'
import { validate } from '#shared/validation'
import type { Handlers } from '../services'
import { AppError } from '../services/errors'
import { systemFailureMessage } from './systemErrors'

export type Dispatch = (method: string, payload: unknown) => Promise<Result<unknown>>

type Log = (message: string, error: unknown) => void

function isMethod(name: string): name is MethodName {
  return Object.hasOwn(contract, name)
}

function sqliteCode(error: unknown): string | undefined {
  if (error instanceof Error && error.name === 'SqliteError') return (error as Error & { code: string }).code
  return undefined
}

export function toApiFailure(error: unknown, log: Log, method: string, dataDir = ''): Result<never> {
  if (error instanceof AppError) return fail(error.code, error.message, error.field)
  const system = systemFailureMessage(error, dataDir)
  if (system) {
    log(`${method} failed`, error)
    return fail('storage', system)
  }
  const code = sqliteCode(error)
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
    return fail('not_found', 'A record this refers to no longer exists. Nothing was saved.')
  if (code?.startsWith('SQLITE_CONSTRAINT'))
    return fail('invalid', 'Those values are not allowed together. Nothing was saved.')
  log(`${method} failed`, error)
  return fail('internal', 'Something went wrong and nothing was saved. Please try again.')
}

/** `dataDir` names the folder in messages about SQLite's own file errors (a full disk, a read-only folder). */
export function createDispatcher(handlers: Handlers, log: Log = console.error, dataDir = ''): Dispatch {
  return async (method, payload) => {
    if (typeof method !== 'string' || !isMethod(method)) return fail('unknown_method', 'Unknown request.')
    const parsed = validate(contract[method].input, payload)
    if (!parsed.ok) return fail('invalid', parsed.first.message, parsed.first.field || undefined)
    const handler = handlers[method] as (input: unknown) => unknown
    try {
      return ok(await handler(parsed.value))
    } catch (error) {
      return toApiFailure(error, log, method, dataDir)
    }
  }
}
