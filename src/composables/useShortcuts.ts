// The app's single-key shortcuts, listed once: the key handler below and the "?" dialog both read
// SHORTCUTS. Keys are ignored while the coach types in a field or a dialog is open, and with Ctrl, Alt
// or Meta held, so they never eat a character or a browser shortcut.
import { ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useUiStore } from '../stores/ui'

export const SHORTCUTS = [
  { key: '/', action: 'Search the roster' },
  { key: 'n', action: 'Log a new run for the open athlete' },
  { key: 'p', action: 'Report pain for the open athlete' },
  { key: '?', action: 'Show these shortcuts' },
] as const

/** The athlete's own page (any section of it), not the add or edit form. */
const ATHLETE_PAGE = /^\/athletes\/\d+(?!\/edit)(\/|$)/

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function useShortcuts() {
  const ui = useUiStore()
  const route = useRoute()
  const router = useRouter()
  const helpOpen = ref(false)

  /** Opens the section that holds the form (Runs or Pain), which takes focus as soon as it is there. */
  async function forAthlete(target: 'run-form' | 'pain-form', what: string) {
    if (!ATHLETE_PAGE.test(route.path)) {
      ui.toast({ tone: 'info', message: `Open an athlete’s page to ${what}.` })
      return
    }
    ui.focusRequest = target
    const section = target === 'run-form' ? 'athlete-runs' : 'athlete-pain'
    if (route.name !== section) await router.push({ name: section, params: { id: route.params.id } })
  }

  async function search() {
    ui.focusRequest = 'roster-search'
    if (route.name !== 'roster') await router.push({ name: 'roster' })
  }

  function onKey(event: KeyboardEvent) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    if (typingIn(event.target) || ui.confirmRequest || helpOpen.value) return
    if (document.querySelector('dialog[open]')) return
    const act: Record<string, () => void> = {
      '/': () => void search(),
      n: () => void forAthlete('run-form', 'log a run'),
      p: () => void forAthlete('pain-form', 'report pain'),
      '?': () => (helpOpen.value = true),
    }
    const run = act[event.key]
    if (!run) return
    event.preventDefault()
    run()
  }

  return { helpOpen, onKey }
}
