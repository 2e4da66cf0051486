import type { Repositories } from '../db/repositories'
import type { MethodName, MethodOutput, MethodParsed } from '../../../src/shared/contract'
import { analyticsService } from './analytics/service'
import { athleteService } from './athletes'
import { painService } from './pain'
import { assessmentService, sessionService, shoeService } from './records'
import { runService } from './runs'
import { settingsService, type DataLocation } from './settings'
import { demoService } from './seed/demo'

export type Handlers = {
  [M in MethodName]: (input: MethodParsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}

/** Binds every contract method to a plain service call. */
export function createHandlers(repos: Repositories, location: DataLocation): Handlers {
  const athletes = athleteService(repos)
  const runs = runService(repos, athletes)
  const pain = painService(repos, athletes)
  const assessments = assessmentService(repos, athletes)
  const shoes = shoeService(repos, athletes)
  const sessions = sessionService(repos, athletes)
  const settings = settingsService(repos, location)
  const demo = demoService(repos)
  const analytics = analyticsService(repos, athletes)

  return {
    'athletes.list': ({ includeArchived }) => athletes.list(includeArchived),
    'athletes.get': ({ id }) => athletes.get(id),
    'athletes.create': (fields) => athletes.create(fields),
    'athletes.update': ({ id, ...fields }) => athletes.update(id, fields),
    'athletes.archive': ({ id }) => athletes.archive(id),
    'athletes.restore': ({ id }) => athletes.restore(id),

    'groups.list': () => repos.groups.list(),

    'runs.list': ({ athleteId }) => runs.list(athleteId),
    'runs.create': (fields) => runs.create(fields),
    'runs.update': ({ id, ...fields }) => runs.update(id, fields),
    'runs.delete': ({ id }) => runs.delete(id),
    'runs.restore': ({ id }) => runs.restore(id),

    'pain.list': ({ athleteId }) => pain.list(athleteId),
    'pain.report': (fields) => pain.report(fields),
    'pain.update': ({ id, ...fields }) => pain.update(id, fields),
    'pain.delete': ({ id }) => pain.delete(id),
    'pain.restore': ({ id }) => pain.restore(id),

    'assessments.list': ({ athleteId }) => assessments.list(athleteId),
    'assessments.create': (fields) => assessments.create(fields),
    'assessments.update': ({ id, ...fields }) => assessments.update(id, fields),
    'assessments.delete': ({ id }) => assessments.delete(id),

    'shoes.list': ({ athleteId }) => shoes.list(athleteId),
    'shoes.create': (fields) => shoes.create(fields),
    'shoes.update': ({ id, ...fields }) => shoes.update(id, fields),
    'shoes.delete': ({ id }) => shoes.delete(id),

    'sessions.list': ({ athleteId }) => sessions.list(athleteId),
    'sessions.create': (fields) => sessions.create(fields),
    'sessions.delete': ({ id }) => sessions.delete(id),

    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),

    'analytics.athlete': ({ athleteId, through }) => analytics.athlete(athleteId, through),
    'analytics.team': ({ through }) => analytics.team(through),

    'demo.status': () => demo.status(),
    'demo.create': () => demo.create(),
  }
}
