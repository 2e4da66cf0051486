// The athlete page's sections, one URL each (#/athletes/7/runs): the tabs link to them, and an alert's
// "Show" opens the section that holds the record.
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router'
import AssessmentsShoesTab from '../views/athlete/AssessmentsShoesTab.vue'
import OverviewTab from '../views/athlete/OverviewTab.vue'
import PainTab from '../views/athlete/PainTab.vue'
import PlanSection from '../components/planning/PlanSection.vue'
import ProgramTab from '../views/athlete/ProgramTab.vue'
import RunsTab from '../views/athlete/RunsTab.vue'

export interface AthleteTab {
  name: string
  label: string
  /** the part of the URL after #/athletes/7 */
  path: string
}

export const ATHLETE_TABS: readonly AthleteTab[] = [
  { name: 'athlete', label: 'Overview', path: '' },
  { name: 'athlete-runs', label: 'Runs', path: 'runs' },
  { name: 'athlete-pain', label: 'Pain', path: 'pain' },
  { name: 'athlete-plan', label: 'Plan', path: 'plan' },
  { name: 'athlete-program', label: 'Program', path: 'program' },
  { name: 'athlete-records', label: 'Assessments & shoes', path: 'assessments' },
]

const COMPONENT = {
  athlete: OverviewTab,
  'athlete-runs': RunsTab,
  'athlete-pain': PainTab,
  'athlete-plan': PlanSection,
  'athlete-program': ProgramTab,
  'athlete-records': AssessmentsShoesTab,
} as const

function props(route: RouteLocationNormalized) {
  return { athleteId: Number(route.params.id) }
}

export const athleteTabRoutes: RouteRecordRaw[] = ATHLETE_TABS.map((tab) => ({
  path: tab.path,
  name: tab.name,
  component: COMPONENT[tab.name as keyof typeof COMPONENT],
  props,
}))
