// The contract methods of the exercise library, programs and printing, bound to their services.
import type { DomainHandlers, HandlerContext } from '../handlers'
import { AppError } from '../errors'
import { exerciseService } from '../exercises'
import { pdfFileName } from './printPort'
import { programService } from './service'

export function programHandlers({
  repos,
  host,
  services: { athletes },
}: HandlerContext): DomainHandlers<'exercises' | 'programs' | 'print'> {
  // The back end's own print port, answered by the shell's print window when there is one.
  const port = host.print
  const exercises = exerciseService(repos)
  const programs = programService(repos, athletes, exercises)

  return {
    'exercises.list': () => exercises.list(),
    'exercises.create': (fields) => exercises.create(fields),
    'exercises.update': ({ id, ...fields }) => exercises.update(id, fields),
    'exercises.restoreDefaults': ({ id }) => exercises.restoreDefaults(id),
    'exercises.delete': ({ id }) => exercises.delete(id),

    'programs.templates': () => programs.templates(),
    'programs.list': ({ athleteId }) => programs.list(athleteId),
    'programs.get': ({ id }) => programs.get(id),
    'programs.create': (input) => programs.create(input),
    'programs.propose': (input) => programs.propose(input),
    'programs.update': (input) => programs.update(input),
    'programs.delete': ({ id }) => programs.delete(id),
    'programs.sheet': ({ programId }) => programs.sheet(programId),
    'programs.groupSheets': ({ groupId }) => programs.groupSheets(groupId),
    'programs.tick': (input) => programs.tick(input),
    'programs.adherence': ({ athleteId }) => programs.adherence(athleteId),

    'print.programPdf': ({ programId, paper }) => {
      const { athlete, program } = programs.sheet(programId)
      return port.savePdf({
        route: `/print/program/${String(programId)}?paper=${paper}`,
        paper,
        suggestedName: pdfFileName(athlete.name, program.title),
        total: 1,
      })
    },
    'print.groupPdf': ({ groupId, paper }) => {
      const { group, sheets } = programs.groupSheets(groupId)
      if (!sheets.length)
        throw new AppError('conflict', `No one in ${group.name} has a program to print yet.`, 'groupId')
      return port.savePdf({
        route: `/print/group/${String(groupId)}?paper=${paper}`,
        paper,
        suggestedName: pdfFileName(group.name, 'programs'),
        total: sheets.length,
      })
    },
    'print.planPdf': ({ athleteId, weekStart, paper }) => {
      const athlete = athletes.require(athleteId)
      return port.savePdf({
        route: `/print/plan/${String(athleteId)}?week=${weekStart}&paper=${paper}`,
        paper,
        suggestedName: pdfFileName(athlete.name, `week plan ${weekStart}`),
        total: 1,
      })
    },
    'print.progress': () => port.progress(),
  }
}
