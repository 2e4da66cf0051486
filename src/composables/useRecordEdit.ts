// One record of a list is edited at a time, in place: its row gives way to the same form, filled in.
// Saving closes the form and offers Undo in the toast (the previous values written back); Cancel or
// Escape closes it unchanged. Either way focus goes back to the record's row.
import { nextTick, ref } from 'vue'
import { useUiStore } from '../stores/ui'
import { undoing } from './useUndoableDelete'

interface RecordEdit {
  /** the id of the record's row element, which takes focus when the form closes */
  rowId: (id: number) => string
}

export function useRecordEdit({ rowId }: RecordEdit) {
  const ui = useUiStore()
  const editingId = ref<number | null>(null)

  function edit(record: { id: number }) {
    editingId.value = record.id
  }

  function close() {
    const id = editingId.value
    editingId.value = null
    if (id !== null) void nextTick(() => document.getElementById(rowId(id))?.focus())
  }

  /** After a save: `message` says what changed, `revert` puts the previous values back. */
  function saved(message: string, revert: () => Promise<unknown>) {
    const id = editingId.value
    close()
    ui.toast({
      message,
      undo: undoing(revert),
      returnFocus: id === null ? null : document.getElementById(rowId(id)),
    })
  }

  return { editingId, edit, close, saved }
}
