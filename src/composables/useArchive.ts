import { messageOf } from '../api/client'
import type { Athlete } from '#shared/types'
import { useAthletesStore } from '../stores/athletes'
import { useUiStore } from '../stores/ui'

/** Archiving is how an athlete is "deleted": hidden everywhere, nothing lost, restorable. */
export function useArchive() {
  const athletes = useAthletesStore()
  const ui = useUiStore()

  async function archive(athlete: Athlete) {
    const confirmed = await ui.confirm({
      title: `Archive ${athlete.name}?`,
      message: `${athlete.name} will be hidden from the roster. Nothing is deleted: you can restore them from the roster with “Show archived”.`,
      confirmLabel: 'Archive',
    })
    if (!confirmed) return
    try {
      await athletes.archive(athlete.id)
      ui.toast({ message: `${athlete.name} archived` })
    } catch (e) {
      ui.toast({ tone: 'error', message: `Could not archive ${athlete.name}: ${messageOf(e)}` })
    }
  }

  async function restore(athlete: Athlete) {
    try {
      await athletes.restore(athlete.id)
      ui.toast({ message: `${athlete.name} restored` })
    } catch (e) {
      ui.toast({ tone: 'error', message: `Could not restore ${athlete.name}: ${messageOf(e)}` })
    }
  }

  return { archive, restore }
}
