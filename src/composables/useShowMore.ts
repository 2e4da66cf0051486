import { computed, ref, type Ref } from 'vue'

/** Long histories show their newest entries first and the rest on request. */
export function useShowMore<T>(items: Ref<T[]>, first = 15) {
  const showAll = ref(false)
  const visible = computed(() => (showAll.value ? items.value : items.value.slice(0, first)))
  const hiddenCount = computed(() => items.value.length - visible.value.length)
  return { visible, hiddenCount, showAll }
}
