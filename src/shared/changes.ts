// What each method of the contract changes, read from its slice (`.writes(...)` in contract/<domain>.ts).
import { contract, type MethodName } from './contract'
export { DOMAINS, type Domain } from './contract/method'
import type { Domain } from './contract/method'

/** The domains a method changes ([] for a read or a name the contract does not have). */
export function changesOf(method: MethodName): readonly Domain[] {
  return (contract as Partial<Record<string, { changes: readonly Domain[] }>>)[method]?.changes ?? []
}
