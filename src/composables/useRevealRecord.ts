// An alert's "Show" opens the section that holds the record with ?show=<id>: once the record's row is on
// the page, it is scrolled to the middle of the screen and takes keyboard focus.
import { computed, nextTick, ref, watch } from 'vue'
import { useRoute } from 'vue-router'

export function useRevealRecord(rowIdPrefix: string, loadedCount: () => number) {
  const route = useRoute()
  const reveal = computed(() => {
    const id = Number(route.query.show)
    return Number.isInteger(id) && id > 0 ? id : null
  })

  /** true once the record is on the page (a link to a deleted record finds nothing) */
  const found = ref(false)

  watch(
    [reveal, loadedCount],
    async ([id]) => {
      found.value = false
      if (id === null) return
      await nextTick()
      const row = document.getElementById(`${rowIdPrefix}-${String(id)}`)
      found.value = row !== null
      if (!row || row.contains(document.activeElement)) return
      // Marked so the coach sees which record the alert meant, after focus has moved on too.
      for (const old of document.querySelectorAll('[data-revealed]')) old.removeAttribute('data-revealed')
      row.setAttribute('data-revealed', '')
      row.scrollIntoView({ block: 'center' })
      row.focus()
    },
    { immediate: true, flush: 'post' },
  )

  return { reveal, found }
}
