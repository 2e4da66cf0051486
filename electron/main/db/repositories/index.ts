import type { Db } from '../connection'
import { assessmentsRepo } from './assessments'
import { athletesRepo } from './athletes'
import { groupsRepo } from './groups'
import { painRepo } from './pain'
import { runsRepo } from './runs'
import { sessionsRepo } from './sessions'
import { settingsRepo } from './settings'
import { shoesRepo } from './shoes'

/** Every repository over one connection; statements are prepared once here. */
export function createRepositories(db: Db) {
  return {
    db,
    athletes: athletesRepo(db),
    groups: groupsRepo(db),
    runs: runsRepo(db),
    pain: painRepo(db),
    assessments: assessmentsRepo(db),
    shoes: shoesRepo(db),
    sessions: sessionsRepo(db),
    settings: settingsRepo(db),
  }
}

export type Repositories = ReturnType<typeof createRepositories>
