// What every domain's handlers.ts is given, and the type each one returns: the contract's methods of
// its own domains, bound to plain service calls. services/index.ts composes them into the full table.
import type { DomainMethod, MethodOutput, MethodParsed } from '#shared/contract'
import type { Repositories } from '../db/repositories'
import type { Services } from './services'
import type { DataLocation } from './settings/service'
import type { TransferHost } from './transfer/host'

export type DomainHandlers<D extends string> = {
  [M in DomainMethod<D>]: (input: MethodParsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}

export interface HandlerContext {
  repos: Repositories
  location: DataLocation
  /** What outlives one connection: import jobs, backups, restore, dialogs. */
  host: TransferHost
  services: Services
}
