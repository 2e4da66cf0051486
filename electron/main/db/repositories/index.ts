import type { Db } from '../connection'
import { assessmentsRepo, type AssessmentsRepo } from './assessments'
import { athletesRepo, type AthletesRepo } from './athletes'
import { clearancesRepo, type ClearancesRepo } from './clearances'
import { exercisesRepo, type ExercisesRepo } from './exercises'
import { groupsRepo, type GroupsRepo } from './groups'
import { guidanceRepo, type GuidanceRepo } from './guidance'
import { importsRepo, type ImportsRepo } from './imports'
import { loadRepo, type LoadRepo } from './load'
import { painRepo, type PainRepo } from './pain'
import { programsRepo, type ProgramsRepo } from './programs'
import { runsRepo, type RunsRepo } from './runs'
import { sessionsRepo, type SessionsRepo } from './sessions'
import { settingsRepo, type SettingsRepo } from './settings'
import { shoesRepo, type ShoesRepo } from './shoes'

// Spelled out rather than inferred: an inferred type would have to name better-sqlite3's internal Database type.
export interface Repositories {
  db: Db
  athletes: AthletesRepo
  groups: GroupsRepo
  runs: RunsRepo
  pain: PainRepo
  assessments: AssessmentsRepo
  shoes: ShoesRepo
  sessions: SessionsRepo
  settings: SettingsRepo
  load: LoadRepo
  imports: ImportsRepo
  guidance: GuidanceRepo
  exercises: ExercisesRepo
  programs: ProgramsRepo
  clearances: ClearancesRepo
}

/**
 * Every repository over one connection; statements are prepared once here, so the connection must be at
 * the newest schema (openBackend migrates before it builds them).
 */
export function createRepositories(db: Db): Repositories {
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
    load: loadRepo(db),
    imports: importsRepo(db),
    guidance: guidanceRepo(db),
    exercises: exercisesRepo(db),
    programs: programsRepo(db),
    clearances: clearancesRepo(db),
  }
}
