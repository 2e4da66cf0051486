// The groups picker behind AthleteGroupsInput (an ARIA combobox). Enter picks the highlighted existing
// group; a new group is made only by choosing "Create group …" in the list, so a typo never becomes a
// group of its own. Backspace in the empty box removes the last chip. Focus stays in the box, and each
// change is announced.
import { computed, ref, type Ref } from 'vue'
import { folded } from './text'

export interface Choice {
  name: string
  create: boolean
}

export function useGroupPicker(
  groups: Ref<string[]>,
  suggestions: () => string[],
  input: Ref<HTMLInputElement | null>,
) {
  const draft = ref('')
  const active = ref(-1)
  const expanded = ref(false)
  const announcement = ref('')
  const chosen = (name: string) => groups.value.some((g) => folded(g) === folded(name))
  const choices = computed<Choice[]>(() => {
    const needle = folded(draft.value.trim())
    const found = suggestions()
      .filter((s) => !chosen(s) && folded(s).includes(needle))
      .map((name) => ({ name, create: false }))
    const typed = draft.value.trim()
    const known = suggestions().some((s) => folded(s) === needle) || chosen(typed)
    return typed && !known ? [...found, { name: typed, create: true }] : found
  })
  const open = computed(() => expanded.value && choices.value.length > 0)

  function onInput() {
    expanded.value = draft.value.trim() !== ''
    // An existing group is highlighted at once; "Create group …" only when the coach moves to it.
    active.value = choices.value[0]?.create === false ? 0 : -1
    announcement.value = ''
  }

  function choose(choice: Choice) {
    if (!chosen(choice.name)) groups.value = [...groups.value, choice.name]
    announcement.value = choice.create ? `New group ${choice.name} added.` : `Group ${choice.name} added.`
    draft.value = ''
    expanded.value = false
    active.value = -1
    input.value?.focus()
  }

  function remove(name: string) {
    groups.value = groups.value.filter((g) => g !== name)
    announcement.value = `Group ${name} removed.`
    input.value?.focus()
  }

  function move(step: number) {
    expanded.value = true
    const count = choices.value.length
    if (count) active.value = (active.value + step + count) % count
  }

  /** Keeps a typed name that is an existing group; anything else left in the box is an error to show. */
  function commit(): string {
    const typed = draft.value.trim()
    if (!typed) return ''
    const existing = suggestions().find((s) => folded(s) === folded(typed))
    if (existing) {
      choose({ name: existing, create: false })
      return ''
    }
    return `“${typed}” is not a group yet. Choose “Create group ${typed}” in the list, or clear the box.`
  }

  function onKey(event: KeyboardEvent) {
    const keys: Record<string, () => boolean> = {
      ArrowDown: () => (move(1), true),
      ArrowUp: () => (move(-1), true),
      Enter: () => {
        const choice = open.value ? choices.value[active.value] : undefined
        if (choice) choose(choice)
        else if (draft.value.trim()) announcement.value = commit()
        // With nothing typed, Enter submits the form as usual.
        return draft.value.trim() !== '' || choice !== undefined
      },
      Escape: () => {
        if (!open.value) return false
        expanded.value = false
        return true
      },
      Backspace: () => {
        const last = groups.value.at(-1)
        if (draft.value !== '' || last === undefined) return false
        remove(last)
        return true
      },
    }
    if (keys[event.key]?.()) {
      event.preventDefault()
      event.stopPropagation()
    }
  }

  return { draft, active, announcement, choices, open, expanded, onInput, choose, remove, onKey, commit }
}
