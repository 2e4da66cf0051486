// Typed stand-ins for window.api in component tests: each verb is a vi.fn typed as the contract's own
// method, so a double that answers with the wrong shape, or a verb the contract does not have, is a
// compile error rather than a test that passes against an API that does not exist.
import { vi, type Mock } from 'vitest'
import type { BackstrideApi } from '#shared/api'

type Domain = keyof BackstrideApi
type AsFunction<T> = T extends (...args: infer A) => infer R ? (...args: A) => R : never
type Spec = { [D in Domain]?: readonly (keyof BackstrideApi[D])[] }

export type ApiDouble<S extends Spec> = {
  [D in keyof S & Domain]: {
    [V in NonNullable<S[D]>[number] & keyof BackstrideApi[D]]: Mock<AsFunction<BackstrideApi[D][V]>>
  }
}

/** `apiDouble({ runs: ['list', 'create'] })` → `{ runs: { list: Mock<…>, create: Mock<…> } }` */
export function apiDouble<const S extends Spec>(spec: S): ApiDouble<S> {
  const double: Record<string, Record<string, Mock>> = {}
  for (const [domain, verbs] of Object.entries(spec) as [string, readonly string[]][]) {
    double[domain] = Object.fromEntries(verbs.map((verb) => [verb, vi.fn()]))
  }
  return double as ApiDouble<S>
}
