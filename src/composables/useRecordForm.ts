// Saving a record form, the same for shoes, sessions, assessments and exercises: check the values with
// the schema the back end uses, create or update through the domain's store, one save at a time, and a
// refusal shown next to its field (or above the buttons when it names none).
import { reactive, ref, watch } from 'vue'
import type * as z from 'zod'
import { useFormErrors, type FormRef } from './useFormErrors'

/** What RecordForm.vue shows of the save. */
export interface RecordFormStatus {
  /** a save is under way: Save is disabled */
  saving: boolean
  /** a message for the whole form, above the buttons */
  formError: string
  /** an existing record is being changed: Save reads "Save changes" */
  editing: boolean
  /** unlikely values waiting for "Save anyway" */
  warnings: RecordWarning[]
}

export interface RecordWarning {
  message: string
}

/** The two writes a record form needs from its store. */
export interface RecordWrites<R, F> {
  create(fields: F): Promise<R>
  update(id: number, fields: F): Promise<R>
}

export interface RecordFormOptions<R extends { id: number }, S extends z.ZodType> {
  /** the fields that show their own message; any other message goes above the buttons */
  fields: readonly string[]
  schema: S
  store: RecordWrites<R, z.output<S>>
  /** the record being edited; null for a new one */
  editing: R | null
  /** what is saved, for the failure message: "Could not save the shoe: …" */
  noun: string
  /** the values as the schema reads them */
  payload: () => unknown
  /** values that pass the schema but are unlikely, shown before saving (the run form's way); none if absent */
  warn?: (fields: z.output<S>) => RecordWarning[]
}

export function useRecordForm<R extends { id: number }, S extends z.ZodType>(
  form: FormRef,
  { fields, schema, store, editing, noun, payload, warn }: RecordFormOptions<R, S>,
) {
  const saving = ref(false)
  const warnings = ref<RecordWarning[]>([])
  const { errors, formError, check, fromFailure } = useFormErrors(form, fields)
  // A warning answers the values it was given: any change asks again.
  watch(payload, () => (warnings.value = []))

  /**
   * The saved record, or null when nothing was saved (a save under way, a refusal, a failure, or a
   * warning waiting: `confirmed` is the coach's "Save anyway" to the warnings on screen).
   */
  async function save(confirmed = false): Promise<R | null> {
    if (saving.value) return null
    const checked = check(schema, payload())
    if (!checked) return null
    const found = warn?.(checked) ?? []
    if (found.length && !(confirmed && warnings.value.length)) {
      warnings.value = found
      return null
    }
    saving.value = true
    try {
      const saved = editing ? await store.update(editing.id, checked) : await store.create(checked)
      warnings.value = []
      return saved
    } catch (e) {
      fromFailure(e, `save the ${noun}`)
      return null
    } finally {
      saving.value = false
    }
  }

  const status: RecordFormStatus = reactive({ saving, formError, editing: editing !== null, warnings })

  return { errors, formError, saving, status, save, original: editing }
}
