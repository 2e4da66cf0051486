/// <reference types="vite/client" />
import type { BackstrideApi } from '#shared/contract'

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

declare global {
  interface Window {
    api: BackstrideApi
  }
}
