// A keyboard shortcut asks for a form by name (ui.focusRequest); the form that answers to that name
// takes focus, at once or as soon as it is on screen, and clears the request.
import { nextTick, watch } from 'vue'
import { useUiStore, type FocusTarget } from '../stores/ui'

export function useFocusRequest(target: FocusTarget, focus: () => void) {
  const ui = useUiStore()
  watch(
    () => ui.focusRequest,
    (request) => {
      if (request !== target) return
      ui.focusRequest = null
      void nextTick(focus)
    },
    { immediate: true },
  )
}

/** Focuses a form's first field with its text selected, so typing replaces it; scrolls it into view. */
export function focusFirstField(form: HTMLFormElement | null) {
  const field = form?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')
  if (!field) return
  field.focus()
  field.scrollIntoView({ block: 'center' })
  if (field instanceof HTMLInputElement) field.select()
}
