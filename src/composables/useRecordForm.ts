// Saving a record form, the same for shoes, sessions, assessments and exercises: check the values with
// the schema the back end uses, create or update through the domain's store, one save at a time, and a
// refusal shown next to its field (or above the buttons when it names none).
import { reactive, ref } from 'vue'
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
}

export function useRecordForm<R extends { id: number }, S extends z.ZodType>(
  form: FormRef,
  { fields, schema, store, editing, noun, payload }: RecordFormOptions<R, S>,
) {
  const saving = ref(false)
  const { errors, formError, check, fromFailure } = useFormErrors(form, fields)

  /** The saved record, or null when nothing was saved (a save under way, a refusal, a failure). */
  async function save(): Promise<R | null> {
    if (saving.value) return null
    const checked = check(schema, payload())
    if (!checked) return null
    saving.value = true
    try {
      return editing ? await store.update(editing.id, checked) : await store.create(checked)
    } catch (e) {
      fromFailure(e, `save the ${noun}`)
      return null
    } finally {
      saving.value = false
    }
  }

  const status: RecordFormStatus = reactive({ saving, formError, editing: editing !== null })

  return { errors, formError, saving, status, save, original: editing }
}
