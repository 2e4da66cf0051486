// The strength / mobility session form, for a new session or (given `editing`) that one, filled in.
// Exercises are typed one per line (or separated by commas), in the order they were done. Unlikely values
// (sessionWarnings) are shown before saving; the coach fixes them or saves anyway.
import { reactive } from 'vue'
import type { SessionKind } from '#shared/enums'
import { sessionCreate, type SessionFieldsInput } from '#shared/schemas/session'
import type { StrengthSession } from '#shared/types'
import { useSessionsStore } from '../stores/sessions'
import { todayLocal } from './dates'
import type { FormRef } from './useFormErrors'
import { useRecordForm } from './useRecordForm'
import { sessionWarnings } from './sessionWarnings'

const FIELDS = ['date', 'kind', 'completedExercises', 'notes'] as const

export function exerciseList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((e) => e.trim())
    .filter(Boolean)
}

export function useSessionForm(form: FormRef, athleteId: () => number, editing: StrengthSession | null = null) {
  const store = useSessionsStore()
  const values = reactive({
    date: editing?.date ?? todayLocal(),
    kind: (editing?.kind ?? 'strength') as SessionKind,
    exercises: editing?.completedExercises.join('\n') ?? '',
    notes: editing?.notes ?? '',
  })

  function payload(): SessionFieldsInput {
    return {
      athleteId: athleteId(),
      date: values.date,
      kind: values.kind,
      completedExercises: exerciseList(values.exercises),
      notes: values.notes,
    }
  }

  const record = useRecordForm(form, {
    fields: FIELDS,
    schema: sessionCreate,
    store,
    editing,
    noun: 'session',
    payload,
    warn: (fields) =>
      sessionWarnings(
        fields,
        todayLocal(),
        store.athleteId === fields.athleteId ? store.items : [],
        editing?.id ?? null,
      ),
  })
  return { values, ...record }
}
