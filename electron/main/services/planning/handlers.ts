// The contract methods of the training calendar, bound to the planning services.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DomainHandlers, HandlerContext } from '../handlers'
import { AppError } from '../errors'
import { unitOf } from '../guidance/context'
import { exportFolder } from '../import/granted'
import { today } from '../today'
import { groupPlans } from './group'
import { planIcs } from './ics'
import { planReader } from './plan'
import { planService } from './service'

const fileSlug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'athlete'

export function planHandlers({
  repos,
  location,
  host,
  services: { athletes },
}: HandlerContext): DomainHandlers<'plans'> {
  const plans = planService(repos, athletes)
  const reader = planReader(repos, athletes)
  const group = groupPlans(repos)

  const exportIcs = (input: { athleteId: number; from: string; to: string; folder: string | null }) => {
    const athlete = athletes.require(input.athleteId)
    const programs = repos.programs
    const current = programs.currentFor(input.athleteId)
    const { text, events } = planIcs({
      athlete: athlete.name,
      unit: unitOf(repos),
      from: input.from,
      to: input.to,
      sessions: repos.planned.between(input.athleteId, input.from, input.to),
      program: current === undefined ? undefined : programs.get(current),
    })
    const dir = input.folder ?? join(location.dataDir, 'exports')
    if (input.folder !== null && !(existsSync(dir) && statSync(dir).isDirectory()))
      throw new AppError('not_found', 'That folder does not exist.', 'folder')
    mkdirSync(dir, { recursive: true })
    const path = join(dir, `plan-${fileSlug(athlete.name)}-${input.from}-to-${input.to}.ics`)
    // Written whole under another name first, so a half-written calendar never looks like a whole one.
    writeFileSync(`${path}.partial`, text)
    renameSync(`${path}.partial`, path)
    return { path, events }
  }

  return {
    'plans.list': ({ athleteId, from, to }) => plans.list(athleteId, from, to),
    'plans.create': (fields) => plans.create(fields),
    'plans.update': (fields) => plans.update(fields),
    'plans.delete': ({ id }) => plans.delete(id),
    'plans.restore': ({ id }) => plans.restore(id),
    'plans.copyWeek': ({ athleteId, fromWeek, toWeek }) => plans.copyWeek(athleteId, fromWeek, toWeek),
    'plans.week': ({ athleteId, weekStart, today: day = today() }) => reader.week(athleteId, weekStart, day),
    'plans.warnings': ({ athleteId, today: day = today() }) => reader.warnings(athleteId, day),
    'plans.forecast': ({ athleteId, today: day = today() }) => reader.forecast(athleteId, day),
    'plans.forecastTeam': ({ today: day = today(), groupId, aheadOnly }) =>
      reader.forecastTeam(day, groupId === null ? null : group.members(groupId).map((m) => m.id), aheadOnly),
    'plans.groupWeek': ({ groupId, weekStart, today: day = today() }) => group.groupWeek(groupId, weekStart, day),
    'plans.teamCompliance': ({ weekStart, today: day = today() }) => group.teamCompliance(weekStart, day),
    'plans.applyTemplate': (input) => group.applyTemplate(input),
    'plans.exportIcs': (input) => exportIcs({ ...input, folder: exportFolder(host.grants, input.folder) }),
  }
}
