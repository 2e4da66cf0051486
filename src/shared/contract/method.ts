// The building block of every contract slice: a method's payload schema and the type of its answer.
import type * as z from 'zod'

export interface MethodSpec<I extends z.ZodType, O> {
  input: I
  /** type-only marker for the answer; never read at run time */
  output: O
}

export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): MethodSpec<I, O> => ({ input, output: undefined as O }) }
}
