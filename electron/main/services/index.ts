// The one place that composes the back end: every domain's handlers over one set of services. Each
// domain owns its slice of the contract in its own handlers.ts; TypeScript checks that together they
// answer every method of the contract, once.
import type { MethodName, MethodOutput, MethodParsed } from '#shared/contract'
import type { Repositories } from '../db/repositories'
import { analyticsHandlers } from './analytics/handlers'
import { athleteHandlers } from './athletes/handlers'
import { guidanceHandlers } from './guidance/handlers'
import type { HandlerContext } from './handlers'
import { painHandlers } from './pain/handlers'
import { programHandlers } from './programs/handlers'
import { recoveryHandlers } from './recovery/handlers'
import { recordHandlers } from './records/handlers'
import { runHandlers } from './runs/handlers'
import { createServices } from './services'
import type { DataLocation } from './settings/service'
import { settingsHandlers } from './settings/handlers'
import { transferHandlers } from './transfer/handlers'
import { standaloneHost, type TransferHost } from './transfer/host'

export type Handlers = {
  [M in MethodName]: (input: MethodParsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}

/**
 * Binds every contract method to a plain service call. `host` holds what outlives one connection (import
 * jobs, backups, restore, dialogs); the back end passes its own.
 */
export function createHandlers(repos: Repositories, location: DataLocation, host?: TransferHost): Handlers {
  const ctx: HandlerContext = {
    repos,
    location,
    host: host ?? standaloneHost(repos, location),
    services: createServices(repos, location),
  }
  return {
    ...athleteHandlers(ctx),
    ...runHandlers(ctx),
    ...painHandlers(ctx),
    ...recordHandlers(ctx),
    ...settingsHandlers(ctx),
    ...analyticsHandlers(ctx),
    ...guidanceHandlers(ctx),
    ...programHandlers(ctx),
    ...transferHandlers(ctx),
    ...recoveryHandlers(ctx),
  }
}
