import { messageOf } from '../api/client'
import { useUiStore } from '../stores/ui'

export interface ConfirmedDelete {
  title: string
  message: string
  /** e.g. "delete the assessment" */
  what: string
  done: string
  remove: () => Promise<void>
  /** where focus goes afterwards; the row's own button is gone */
  returnFocus?: HTMLElement | null
}

/** For records without undo (assessments, shoes): ask first, then delete for good. */
export function useConfirmedDelete() {
  const ui = useUiStore()
  return async function confirmAndDelete(options: ConfirmedDelete): Promise<void> {
    const confirmed = await ui.confirm({ title: options.title, message: options.message, confirmLabel: 'Delete' })
    if (!confirmed) return
    try {
      await options.remove()
      ui.toast({ message: options.done })
      options.returnFocus?.focus()
    } catch (e) {
      ui.toast({ tone: 'error', message: `Could not ${options.what}: ${messageOf(e)}` })
    }
  }
}
