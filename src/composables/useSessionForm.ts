// The strength / mobility session form, for a new session or (given `editing`) that one, filled in.
// Exercises are typed one per line (or separated by commas), in the order they were done. Unlikely
// values (sessionWarnings) are shown before saving, and the coach fixes them or saves anyway.
import { reactive, ref, watch, type Ref } from 'vue'
import type { SessionKind } from '#shared/enums'
import { sessionCreate, type SessionFieldsInput } from '#shared/schemas/session'
import type { StrengthSession } from '#shared/types'
import { useSessionsStore } from '../stores/sessions'
import { todayLocal } from './dates'
import { useFormErrors } from './useFormErrors'
import { sessionWarnings, type SessionWarning } from './sessionWarnings'

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
  const warnings = ref<SessionWarning[]>([])
  // A warning answers the values it was given: any change asks again.
  watch(values, () => (warnings.value = []))
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

  /** The saved session, or null when something needs fixing or a warning waits (`confirmed` answers it). */
  async function save(confirmed = false): Promise<StrengthSession | null> {
    if (saving.value) return null
    const fields = check(sessionCreate, payload())
    if (!fields) return null
    const logged = store.athleteId === fields.athleteId ? store.items : []
    const found = sessionWarnings(fields, todayLocal(), logged, editing?.id ?? null)
    if (found.length && !(confirmed && warnings.value.length)) {
      warnings.value = found
      return null
    }
    saving.value = true
    try {
      const saved = editing ? await store.update(editing.id, fields) : await store.create(fields)
      warnings.value = []
      return saved
    } catch (e) {
      fromFailure(e, 'save the session')
      return null
    } finally {
      saving.value = false
    }
  }

  return { values, errors, formError, saving, warnings, save, original: editing }
}
