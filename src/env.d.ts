/// <reference types="vite/client" />
import type { BackstrideApi } from '#shared/contract'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  /** true in the builds that watch the charts (e2e, bench, dev): see src/dev/chartProbe.ts */
  const __CHART_PROBE__: boolean

  interface Window {
    api: BackstrideApi
  }
}
