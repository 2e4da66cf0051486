// The building block of every contract slice: a method's payload schema, the type of its answer, and the
// domains a successful call changes ([] for a read). The renderer's api client announces those domains
// after each write (src/api/events.ts), and each store reloads what it shows when one it depends on changed.
import type * as z from 'zod'

export const DOMAINS = [
  'athletes',
  'runs',
  'pain',
  'assessments',
  'shoes',
  'sessions',
  'settings',
  'guidance',
  'programs',
  'plans',
  'exercises',
  'backups',
] as const
export type Domain = (typeof DOMAINS)[number]

export interface MethodSpec<I extends z.ZodType, O> {
  input: I
  /** type-only marker for the answer; never read at run time */
  output: O
  /** what a successful call changes; [] for a read */
  changes: readonly Domain[]
  /** the same method, declared as a write that changes these domains */
  writes: (...domains: Domain[]) => MethodSpec<I, O>
}

function spec<I extends z.ZodType, O>(input: I, changes: readonly Domain[]): MethodSpec<I, O> {
  return { input, output: undefined as O, changes, writes: (...domains) => spec<I, O>(input, domains) }
}

export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): MethodSpec<I, O> => spec<I, O>(input, []) }
}
