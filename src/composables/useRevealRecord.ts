// An alert's "Show" opens the section that holds the record with ?show=<id>: once the record's row is on
// the page, it is scrolled to the middle of the screen and takes keyboard focus.
import { computed, nextTick, watch } from 'vue'
import { useRoute } from 'vue-router'

export function useRevealRecord(rowIdPrefix: string, loadedCount: () => number) {
  const route = useRoute()
  const reveal = computed(() => {
    const id = Number(route.query.show)
    return Number.isInteger(id) && id > 0 ? id : null
  })

  watch(
    [reveal, loadedCount],
    async ([id]) => {
      if (id === null) return
      await nextTick()
      const row = document.getElementById(`${rowIdPrefix}-${String(id)}`)
      if (!row || row.contains(document.activeElement)) return
      row.scrollIntoView({ block: 'center' })
      row.focus()
    },
    { immediate: true, flush: 'post' },
  )

  return { reveal }
}
