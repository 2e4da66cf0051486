// A filter kept in the page's URL (?level=info&rule=monotony): it survives a visit to an athlete and
// Back, and a filtered view can be linked to. An unknown value in the URL reads as "all".
import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

export function useQueryFilter<T extends string>(name: string, allowed: readonly T[]): WritableComputedRef<T | ''>
export function useQueryFilter(name: string): WritableComputedRef<string>
export function useQueryFilter(name: string, allowed?: readonly string[]): WritableComputedRef<string> {
  const route = useRoute()
  const router = useRouter()
  return computed({
    get: () => {
      const value = route.query[name]
      if (typeof value !== 'string') return ''
      return !allowed || allowed.includes(value) ? value : ''
    },
    set: (value: string) => {
      const query = { ...route.query }
      if (value) query[name] = value
      else delete query[name]
      void router.replace({ query })
    },
  })
}
