import type { Repositories } from '../db/repositories'
import type { MethodName, MethodOutput, MethodParsed } from '#shared/contract'
import { analyticsService } from './analytics/service'
import { guidanceService } from './guidance'
import { athleteService } from './athletes'
import { painService } from './pain'
import { assessmentService, sessionService, shoeService } from './records'
import { runService } from './runs'
import { settingsService, type DataLocation } from './settings'
import { demoService } from './seed/demo'
import { today } from './today'
import { standaloneHost, transferHandlers, type TransferHost } from './transfer'
import { programHandlers } from './programs/handlers'

export type Handlers = {
  [M in MethodName]: (input: MethodParsed<M>) => MethodOutput<M> | Promise<MethodOutput<M>>
}

/**
 * Binds every contract method to a plain service call. `host` holds what outlives one connection (import
 * jobs, backups, restore, dialogs); the back end passes its own.
 */
export function createHandlers(repos: Repositories, location: DataLocation, host?: TransferHost): Handlers {
  const athletes = athleteService(repos)
  const runs = runService(repos, athletes)
  const pain = painService(repos, athletes)
  const assessments = assessmentService(repos, athletes)
  const shoes = shoeService(repos, athletes)
  const sessions = sessionService(repos, athletes)
  const settings = settingsService(repos, location)
  const demo = demoService(repos)
  const guidance = guidanceService(repos)
  const analytics = analyticsService(repos, athletes, guidance)

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

    'guidance.alerts': ({ athleteId, today: day = today(), hideAcknowledged }) =>
      guidance.alertsFor(athleteId, day, { hideAcknowledged }),
    'guidance.inbox': ({ today: day = today() }) => guidance.inbox(day),
    'guidance.badges': ({ today: day = today() }) => guidance.badges(day),
    'guidance.trafficLight': ({ athleteId, today: day = today() }) => guidance.trafficLight(athleteId, day),
    'guidance.acknowledge': ({ key, athleteId, note }) => guidance.acknowledge(key, athleteId, note),
    'guidance.snooze': ({ key, athleteId, until, note }) => guidance.snooze(key, athleteId, until, note),
    'guidance.acknowledgements': ({ athleteId }) => guidance.acknowledgements(athleteId),
    'guidance.unacknowledge': ({ id }) => guidance.removeAcknowledgement(id),
    'guidance.acknowledgeMany': ({ alerts, note }) => guidance.acknowledgeMany(alerts, note),
    'guidance.unacknowledgeMany': ({ ids }) => guidance.removeAcknowledgements(ids),
    'episodes.list': ({ athleteId, today: day = today() }) => guidance.episodes(athleteId, day),
    'episodes.close': ({ athleteId, closedOn, note }) => guidance.closeEpisode(athleteId, closedOn, note),
    'episodes.closures': ({ athleteId }) => guidance.closures(athleteId),
    'episodes.reopen': ({ id }) => guidance.reopenEpisode(id),
    'episodes.review': ({ athleteId, start }) => guidance.review(athleteId, start),

    'demo.status': () => demo.status(),
    'demo.create': () => demo.create(),

    // import, export and backups (services/transfer.ts)
    ...transferHandlers(repos, athletes, location, host ?? standaloneHost(repos, location)),

    // exercise library, programs, printing (services/programs/handlers.ts)
    ...programHandlers(repos, athletes),
  }
}
