import { computed, ref, watchEffect, type Ref } from 'vue'

/** Long histories show their newest entries first and the rest on request. */
export function useShowMore<T>(items: Ref<T[]>, first = 15) {
  const showAll = ref(false)
  const visible = computed(() => (showAll.value ? items.value : items.value.slice(0, first)))
  const hiddenCount = computed(() => items.value.length - visible.value.length)
  return { visible, hiddenCount, showAll }
}

/** Shows the whole list when the record a link points at (an alert's "Show") is among the hidden ones. */
export function useRevealHidden(
  items: Ref<{ id: number }[]>,
  showAll: Ref<boolean>,
  target: () => number | null | undefined,
): void {
  watchEffect(() => {
    const id = target()
    if (id !== null && id !== undefined && items.value.some((item) => item.id === id)) showAll.value = true
  })
}
