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
import { athleteTabRoutes } from './athleteTabs'
import { landing } from './landing'

function athleteId(route: RouteLocationNormalized) {
  return { id: Number(route.params.id) }
}

// Hash history: in Electron the page is loaded from file://, where path URLs cannot be served.
export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    // Back and Forward return to where the coach was on that page; a new page starts at its top; a change
    // of query only (the chart's range, the inbox's filters) keeps the page where it is; a link to a record
    // (?show=) leaves it to the section, which scrolls the record into view.
    scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path || to.query.show ? false : { top: 0 }),
    routes: [
      // The app opens here; the guard always sends it on (to Team when there are athletes), so the
      // component is never shown.
      { path: '/', name: 'landing', component: RosterView, beforeEnter: landing },
      { path: '/roster', name: 'roster', component: RosterView, meta: { title: 'Roster' } },
      { path: '/team', name: 'team', component: TeamView, meta: { title: 'Team' } },
      { path: '/alerts', name: 'alerts', component: AlertsView, meta: { title: 'Alerts' } },
      { path: '/athletes/new', name: 'athlete-new', component: AthleteEditView, meta: { title: 'Add athlete' } },
      { path: '/athletes/:id(\\d+)', component: AthleteView, props: athleteId, children: athleteTabRoutes },
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
