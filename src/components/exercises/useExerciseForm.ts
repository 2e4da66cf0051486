// The exercise form's values (numbers as typed), checked with the same schema main uses.
import { reactive, ref, type Ref } from 'vue'
import { parseNumber, textOf } from '../../composables/numbers'
import { useFormErrors } from '../../composables/useFormErrors'
import type { Exercise, ExerciseCategory, Sides, Target } from '#shared/programs'
import { EXERCISE_FIELD_NAMES, exerciseCreate, type ExerciseFields } from '#shared/schemas/program'
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

export function useExerciseForm(form: Ref<HTMLFormElement | null>, editing: Exercise | null) {
  const store = useExercisesStore()
  const values = reactive(valuesOf(editing))
  const saving = ref(false)
  const { errors, formError, check, fromFailure } = useFormErrors(form, EXERCISE_FIELD_NAMES)

  const payload = () => ({
    ...values,
    sets: parseNumber(values.sets),
    reps: parseNumber(values.reps),
    holdSec: parseNumber(values.holdSec),
    restSec: parseNumber(values.restSec),
    cues: values.cues.map((c) => c.trim()).filter(Boolean),
    illustration: values.illustration || null,
  })

  async function save(): Promise<Exercise | null> {
    const fields: ExerciseFields | null = check(exerciseCreate, payload())
    if (!fields) return null
    saving.value = true
    try {
      return editing ? await store.update(editing.id, fields) : await store.create(fields)
    } catch (e) {
      fromFailure(e, 'save the exercise')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, save }
}
