// What the shoes, sessions and assessments sections share around RecordSection: a saved new record
// closes the form with a toast, an edit saved offers Undo (the previous values written back), and a
// delete asks first and puts focus back on the section's heading.
import { ref } from 'vue'
import { useUiStore } from '../stores/ui'
import { useConfirmedDelete, type ConfirmedDelete } from './useConfirmedDelete'
import { useRecordEdit } from './useRecordEdit'

/** What RecordSection exposes. */
interface SectionShell {
  heading: HTMLElement | null
  hide: () => void
}

export function useRecordSection(rowId: (id: number) => string) {
  const ui = useUiStore()
  /** bound to the template's `<RecordSection ref="section">` */
  const section = ref<SectionShell | null>(null)
  const editing = useRecordEdit({ rowId })
  const confirmAndDelete = useConfirmedDelete()

  function added(message: string) {
    ui.toast({ message })
    section.value?.hide()
  }

  /** After an edit: `revert` writes `previous` back when the coach presses Undo. */
  function updated<T>(message: string, previous: T | null, revert: (previous: T) => Promise<unknown>) {
    if (previous !== null) editing.saved(message, () => revert(previous))
  }

  function remove(options: Omit<ConfirmedDelete, 'returnFocus'>) {
    void confirmAndDelete({ ...options, returnFocus: section.value?.heading ?? null })
  }

  return { section, editing, added, updated, remove }
}
