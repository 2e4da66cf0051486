import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router'
import AthleteEditView from '../views/AthleteEditView.vue'
import AthleteView from '../views/AthleteView.vue'
import RosterView from '../views/RosterView.vue'
import SettingsView from '../views/SettingsView.vue'

function athleteId(route: RouteLocationNormalized) {
  return { id: Number(route.params.id) }
}

// Hash history: in Electron the page is loaded from file://, where path URLs cannot be served.
export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'roster', component: RosterView, meta: { title: 'Roster' } },
      { path: '/athletes/new', name: 'athlete-new', component: AthleteEditView, meta: { title: 'Add athlete' } },
      { path: '/athletes/:id(\\d+)', name: 'athlete', component: AthleteView, props: athleteId },
      {
        path: '/athletes/:id(\\d+)/edit',
        name: 'athlete-edit',
        component: AthleteEditView,
        props: athleteId,
        meta: { title: 'Edit athlete' },
      },
      { path: '/settings', name: 'settings', component: SettingsView, meta: { title: 'Settings' } },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
}
