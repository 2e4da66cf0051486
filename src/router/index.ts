import { createRouter, createWebHashHistory, type RouteLocationNormalized } from 'vue-router'
import AthleteEditView from '../views/AthleteEditView.vue'
import AthleteView from '../views/AthleteView.vue'
import RosterView from '../views/RosterView.vue'
import SettingsView from '../views/SettingsView.vue'
import ExercisesView from '../views/ExercisesView.vue'
import PrintView from '../views/PrintView.vue'
import PrintPlanView from '../views/PrintPlanView.vue'
import GroupPlanView from '../views/GroupPlanView.vue'
import ProgramsView from '../views/ProgramsView.vue'
import ProgramView from '../views/ProgramView.vue'
import TeamView from '../views/TeamView.vue'
import AlertsView from '../views/AlertsView.vue'
import ImportView from '../views/ImportView.vue'

function athleteId(route: RouteLocationNormalized) {
  return { id: Number(route.params.id) }
}

// Hash history: in Electron the page is loaded from file://, where path URLs cannot be served.
export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'roster', component: RosterView, meta: { title: 'Roster' } },
      { path: '/team', name: 'team', component: TeamView, meta: { title: 'Team' } },
      { path: '/alerts', name: 'alerts', component: AlertsView, meta: { title: 'Alerts' } },
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
      // import of watch files and CSV exports
      { path: '/import', name: 'import', component: ImportView, meta: { title: 'Import' } },
      // exercise library, programs and their printed sheets
      { path: '/exercises', name: 'exercises', component: ExercisesView, meta: { title: 'Exercises' } },
      { path: '/programs', name: 'programs', component: ProgramsView, meta: { title: 'Programs' } },
      { path: '/programs/:id(\\d+)', name: 'program', component: ProgramView, props: athleteId },
      {
        path: '/print/program/:id(\\d+)',
        name: 'print-program',
        component: PrintView,
        props: (route: RouteLocationNormalized) => ({ mode: 'program', id: Number(route.params.id) }),
        meta: { chrome: false },
      },
      {
        path: '/print/group/:id(\\d+)',
        name: 'print-group',
        component: PrintView,
        props: (route: RouteLocationNormalized) => ({ mode: 'group', id: Number(route.params.id) }),
        meta: { chrome: false },
      },
      // the training calendar: a group's week, and one athlete's week plan on paper
      { path: '/plan', name: 'group-plan', component: GroupPlanView, meta: { title: 'Plan' } },
      {
        path: '/print/plan/:id(\\d+)',
        name: 'print-plan',
        component: PrintPlanView,
        props: athleteId,
        meta: { chrome: false },
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  })
}
