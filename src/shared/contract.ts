// The one list of everything the renderer may ask of the back end. Each domain declares its methods in
// its own slice (contract/<domain>.ts) with the schema of the payload and the type of the answer; this
// file composes them. The dispatcher, the preload and the renderer's client are all derived from it, so
// a typo is a compile error. The preload takes only the names (methodNames.ts) and stays free of zod.
import type * as z from 'zod'
import { analyticsContract } from './contract/analytics'
import { athletesContract } from './contract/athletes'
import { guidanceContract } from './contract/guidance'
import { painContract } from './contract/pain'
import { plansContract } from './contract/plans'
import { programsContract } from './contract/programs'
import { recoveryContract } from './contract/recovery'
import { recordsContract } from './contract/records'
import { runsContract } from './contract/runs'
import { settingsContract } from './contract/settings'
import { transferContract } from './contract/transfer'

export const contract = {
  ...athletesContract,
  ...runsContract,
  ...painContract,
  ...recordsContract,
  ...settingsContract,
  ...analyticsContract,
  ...guidanceContract,
  ...programsContract,
  ...transferContract,
  ...recoveryContract,
  ...plansContract,
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type MethodParsed<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = Contract[M]['output']

/** The contract's methods of one or more domains, e.g. `DomainMethod<'runs'>`. */
export type DomainMethod<D extends string> = Extract<MethodName, `${D}.${string}`>

export { METHOD_NAMES } from './methodNames'
export { buildApi, DROP_CHANNEL, EVENT_CHANNEL, IPC_CHANNEL, type BackstrideApi, type Call } from './api'
