// One pattern for every form: validate with the shared schema, show each message under its field, and
// put a server error with a `field` in the same place.
import { nextTick, ref, type Ref } from 'vue'
import type * as z from 'zod'
import { ApiFailure, messageOf } from '../api/client'
import { validate, type FieldErrors } from '#shared/validation'

/** The form element, for focusing its first invalid field; a component's exposed form will do. */
export type FormRef = Readonly<Ref<HTMLFormElement | null>>

export function useFormErrors(form: FormRef, fields: readonly string[]) {
  const errors = ref<FieldErrors>({})
  const formError = ref('')

  function clear() {
    errors.value = {}
    formError.value = ''
  }

  function focusFirstInvalid() {
    void nextTick(() => form.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  function show(found: FieldErrors) {
    const shown: FieldErrors = {}
    const stray: string[] = []
    for (const [path, message] of Object.entries(found)) {
      const field = path.split('.')[0] ?? ''
      if (fields.includes(field)) shown[field] ??= message
      else stray.push(message)
    }
    errors.value = shown
    formError.value = stray[0] ?? ''
    focusFirstInvalid()
  }

  /** The parsed payload, or null after showing what to fix. */
  function check<S extends z.ZodType>(schema: S, payload: unknown, extra: FieldErrors = {}): z.output<S> | null {
    const result = validate(schema, payload)
    const found = { ...(result.ok ? {} : result.errors), ...extra }
    if (Object.keys(found).length === 0 && result.ok) {
      clear()
      return result.value
    }
    show(found)
    return null
  }

  function fromFailure(error: unknown, action = 'save') {
    if (error instanceof ApiFailure && error.field && fields.includes(error.field)) {
      show({ [error.field]: error.message })
      return
    }
    errors.value = {}
    formError.value = `Could not ${action}: ${messageOf(error)}`
  }

  return { errors, formError, clear, check, fromFailure }
}
