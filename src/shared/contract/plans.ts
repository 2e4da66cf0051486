// The training calendar: planned sessions, the plan rules' warnings, the load forecast, compliance,
// week templates and the .ics export (services/planning).
import type {
  GroupWeek,
  IcsResult,
  PlannedSession,
  PlanForecast,
  PlanWarning,
  PlanWeek,
  TemplateResult,
} from '../planning'
import { byId } from '../schemas/common'
import {
  groupWeek,
  icsExport,
  planCopyWeek,
  planCreate,
  planForecast,
  planRange,
  planTemplate,
  planUpdate,
  planWeekOf,
  teamCompliance,
  teamForecast,
} from '../schemas/plan'
import type { Deleted } from '../types'
import { method } from './method'

export const plansContract = {
  'plans.list': method(planRange).returns<PlannedSession[]>(),
  'plans.create': method(planCreate).returns<PlannedSession>().writes('plans'),
  'plans.update': method(planUpdate).returns<PlannedSession>().writes('plans'),
  'plans.delete': method(byId).returns<Deleted>().writes('plans'),
  'plans.restore': method(byId).returns<PlannedSession>().writes('plans'),
  'plans.copyWeek': method(planCopyWeek).returns<PlannedSession[]>().writes('plans'),
  'plans.week': method(planWeekOf).returns<PlanWeek>(),
  'plans.warnings': method(planForecast).returns<PlanWarning[]>(),
  'plans.forecast': method(planForecast).returns<PlanForecast>(),
  /** every active athlete's forecast, keyed by athlete id: plans.forecast of each, from one read */
  'plans.forecastTeam': method(teamForecast).returns<Record<number, PlanForecast>>(),
  'plans.groupWeek': method(groupWeek).returns<GroupWeek>(),
  /** each active athlete's compliance % for the week (null when nothing was due), keyed by athlete id */
  'plans.teamCompliance': method(teamCompliance).returns<Record<number, number | null>>(),
  'plans.applyTemplate': method(planTemplate).returns<TemplateResult>().writes('plans'),
  'plans.exportIcs': method(icsExport).returns<IcsResult>(),
}
