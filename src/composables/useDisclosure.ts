import { nextTick, ref, type Ref } from 'vue'

/** An inline panel (an add form) opened by a button; closing it puts focus back on that button. */
export function useDisclosure(trigger: Ref<HTMLElement | null>) {
  const open = ref(false)

  function show() {
    open.value = true
  }

  function hide() {
    open.value = false
    void nextTick(() => trigger.value?.focus())
  }

  return { open, show, hide }
}
