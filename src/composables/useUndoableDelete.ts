import { messageOf } from '../api/client'
import { useUiStore } from '../stores/ui'

interface UndoableDelete {
  /** what the toast says once it is done, e.g. "Run deleted" */
  message: string
  /** e.g. "delete the run" */
  what: string
  remove: () => Promise<void>
  restore: () => Promise<unknown>
  /** where focus goes when the toast closes; the deleted row's button is gone by then */
  returnFocus?: HTMLElement | null
}

/** A toast's Undo: runs `undo`, and says so in a toast of its own when that fails. */
export function undoing(undo: () => Promise<unknown>) {
  const ui = useUiStore()
  return async () => {
    try {
      await undo()
    } catch (e) {
      ui.toast({ tone: 'error', message: `Could not undo: ${messageOf(e)}` })
    }
  }
}

/** Deletes at once (soft delete) and offers Undo in a toast, instead of asking first. */
export function useUndoableDelete() {
  const ui = useUiStore()
  return async function deleteWithUndo(options: UndoableDelete): Promise<void> {
    try {
      await options.remove()
    } catch (e) {
      ui.toast({ tone: 'error', message: `Could not ${options.what}: ${messageOf(e)}` })
      return
    }
    ui.toast({
      message: options.message,
      returnFocus: options.returnFocus ?? null,
      undo: undoing(options.restore),
    })
  }
}
