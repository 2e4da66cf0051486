// The strength / mobility session form, for a new session or (given `editing`) that one, filled in.
// Exercises are typed one per line (or separated by commas), in the order they were done.
import { reactive, ref, type Ref } from 'vue'
import type { SessionKind } from '#shared/enums'
import { sessionCreate, type SessionFieldsInput } from '#shared/schemas/session'
import type { StrengthSession } from '#shared/types'
import { useSessionsStore } from '../stores/sessions'
import { todayLocal } from './dates'
import { useFormErrors } from './useFormErrors'

const FIELDS = ['date', 'kind', 'completedExercises', 'notes'] as const

export function exerciseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((e) => e.trim())
    .filter(Boolean)
}

export function useSessionForm(
  form: Ref<HTMLFormElement | null>,
  athleteId: () => number,
  editing: StrengthSession | null = null,
) {
  const store = useSessionsStore()
  const values = reactive({
    date: editing?.date ?? todayLocal(),
    kind: (editing?.kind ?? 'strength') as SessionKind,
    exercises: editing?.completedExercises.join('\n') ?? '',
    notes: editing?.notes ?? '',
  })
  const saving = ref(false)
  const { errors, formError, check, fromFailure } = useFormErrors(form, FIELDS)

  function payload(): SessionFieldsInput {
    return {
      athleteId: athleteId(),
      date: values.date,
      kind: values.kind,
      completedExercises: exerciseList(values.exercises),
      notes: values.notes,
    }
  }

  async function save(): Promise<StrengthSession | null> {
    if (saving.value) return null
    const fields = check(sessionCreate, payload())
    if (!fields) return null
    saving.value = true
    try {
      return editing ? await store.update(editing.id, fields) : await store.create(fields)
    } catch (e) {
      fromFailure(e, 'save the session')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, save, original: editing }
}
