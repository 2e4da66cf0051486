// One bad payload: wrong in exactly one named way, with the field and the message the dispatcher must
// answer with. The tables beside this file hold them per domain; dispatcher.test.ts runs them all.
import type { MethodName } from '#shared/contract'
import type { World } from '../payloads'

export interface BadCase {
  payload: unknown
  field: string
  message: string | RegExp
}

export const DATE = '2026-03-10'
export const DATE_MONDAY = '2026-03-09'
export const bad = (payload: unknown, field: string, message: string | RegExp): BadCase => ({ payload, field, message })

export const byId = (): BadCase[] => [
  bad({ id: 'one' }, 'id', 'Enter a whole number'),
  bad({ id: -3 }, 'id', 'Enter a whole number'),
  bad({}, 'id', 'Enter a whole number'),
]
export const byAthlete = (): BadCase[] => [
  bad({ athleteId: '1' }, 'athleteId', 'Enter a whole number'),
  bad({ athleteId: 1.5 }, 'athleteId', 'Enter a whole number'),
]
export const onlyGeneric = (): BadCase[] => []
export const CHOOSE_AGAIN = 'Choose the file again: Backstride only opens files and folders you chose'

/** The bad payloads of every method whose name starts with one of `domains`. */
export type BadTable<D extends string> = {
  [M in Extract<MethodName, `${D}.${string}`>]: (world: World) => BadCase[]
}
