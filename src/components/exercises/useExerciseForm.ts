// The exercise form's values (numbers as typed), checked with the same schema main uses.
import { reactive } from 'vue'
import { parseNumber, textOf } from '../../composables/numbers'
import type { FormRef } from '../../composables/useFormErrors'
import { useRecordForm } from '../../composables/useRecordForm'
import type { Exercise, ExerciseCategory, Sides, Target } from '#shared/programs'
import { EXERCISE_FIELD_NAMES, exerciseCreate } from '#shared/schemas/program'
import { useExercisesStore } from '../../stores/exercises'

function valuesOf(e: Exercise | null) {
  return {
    name: e?.name ?? '',
    category: (e?.category ?? 'strength') as ExerciseCategory,
    targets: [...(e?.targets ?? [])] as Target[],
    sets: textOf(e?.sets ?? 2),
    reps: textOf(e ? e.reps : 10),
    holdSec: textOf(e?.holdSec),
    sides: (e?.sides ?? 'none') as Sides,
    restSec: textOf(e?.restSec),
    dosageNote: e?.dosageNote ?? '',
    cues: e ? [...e.cues] : ['', ''],
    stopIf: e?.stopIf ?? 'Stop if ',
    illustration: e?.illustration ?? '',
  }
}

export function useExerciseForm(form: FormRef, editing: Exercise | null) {
  const store = useExercisesStore()
  const values = reactive(valuesOf(editing))

  const payload = () => ({
    ...values,
    sets: parseNumber(values.sets),
    reps: parseNumber(values.reps),
    holdSec: parseNumber(values.holdSec),
    restSec: parseNumber(values.restSec),
    cues: values.cues.map((c) => c.trim()).filter(Boolean),
    illustration: values.illustration || null,
  })

  const record = useRecordForm(form, {
    fields: EXERCISE_FIELD_NAMES,
    schema: exerciseCreate,
    store,
    editing,
    noun: 'exercise',
    payload,
  })
  return { values, ...record }
}
