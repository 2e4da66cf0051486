import { createPinia } from 'pinia'
import { createApp } from 'vue'
import * as z from 'zod'
import App from './App.vue'
import { createAppRouter } from './router'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'

// The page's CSP forbids eval; without this zod probes `new Function` on its first parse and the
// browser reports a CSP violation even though zod falls back quietly.
z.config({ jitless: true })

createApp(App).use(createPinia()).use(createAppRouter()).mount('#app')
