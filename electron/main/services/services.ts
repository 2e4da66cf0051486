// Every plain service of the back end over one set of repositories, built once, in dependency order.
import type { Repositories } from '../db/repositories'
import { analyticsService } from './analytics/service'
import { athleteService } from './athletes/service'
import { guidanceService } from './guidance'
import { painService } from './pain/service'
import { assessmentService, sessionService, shoeService } from './records/service'
import { runService } from './runs/service'
import { demoService } from './seed/demo'
import { settingsService, type DataLocation } from './settings/service'

export function createServices(repos: Repositories, location: DataLocation) {
  const athletes = athleteService(repos)
  const guidance = guidanceService(repos)
  return {
    athletes,
    runs: runService(repos, athletes),
    pain: painService(repos, athletes),
    assessments: assessmentService(repos, athletes),
    shoes: shoeService(repos, athletes),
    sessions: sessionService(repos, athletes),
    settings: settingsService(repos, location),
    demo: demoService(repos),
    guidance,
    analytics: analyticsService(repos, athletes, guidance),
  }
}

export type Services = ReturnType<typeof createServices>
