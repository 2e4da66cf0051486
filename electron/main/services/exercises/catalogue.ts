// The built-in library: every exercise the source articles name, with our own cues. Written to the
// exercises table when the back end opens (new keys only, so the coach's edits stay), and read again
// by "restore defaults".
import type { ExerciseFields } from '#shared/schemas/program'
import { MOBILITY } from './catalogue-mobility'
import { STRENGTH } from './catalogue-strength'

export interface CatalogueExercise extends ExerciseFields {
  key: string
}

export const CATALOGUE: readonly CatalogueExercise[] = [...STRENGTH, ...MOBILITY]

export function catalogueEntry(key: string): CatalogueExercise | undefined {
  return CATALOGUE.find((e) => e.key === key)
}
