// The exercise library, programs, printed sheets and adherence (services/exercises, services/programs).
import type {
  Exercise,
  GroupSheets,
  PdfResult,
  PrintProgress,
  Program,
  ProgramAdherence,
  ProgramSheet,
  ProgramSummary,
  ProgramTemplate,
} from '../programs'
import { byAthlete, byId, empty } from '../schemas/common'
import { planPdfInput } from '../schemas/plan'
import {
  byGroup,
  byProgram,
  exerciseCreate,
  exerciseUpdate,
  groupPdfInput,
  programCreate,
  programPdfInput,
  programPropose,
  programUpdate,
  tickInput,
} from '../schemas/program'
import type { Deleted } from '../types'
import { method } from './method'

export const programsContract = {
  'exercises.list': method(empty).returns<Exercise[]>(),
  'exercises.create': method(exerciseCreate).returns<Exercise>().writes('exercises'),
  'exercises.update': method(exerciseUpdate).returns<Exercise>().writes('exercises'),
  'exercises.restoreDefaults': method(byId).returns<Exercise>().writes('exercises'),
  'exercises.delete': method(byId).returns<Deleted>().writes('exercises'),

  'programs.templates': method(empty).returns<ProgramTemplate[]>(),
  'programs.list': method(byAthlete).returns<ProgramSummary[]>(),
  'programs.get': method(byId).returns<Program>(),
  'programs.create': method(programCreate).returns<Program>().writes('programs'),
  'programs.propose': method(programPropose).returns<Program>().writes('programs'),
  'programs.update': method(programUpdate).returns<Program>().writes('programs'),
  'programs.delete': method(byId).returns<Deleted>().writes('programs'),
  'programs.sheet': method(byProgram).returns<ProgramSheet>(),
  'programs.groupSheets': method(byGroup).returns<GroupSheets>(),
  // a ticked strength session counts as a session done (the strength rule reads it)
  'programs.tick': method(tickInput).returns<ProgramAdherence>().writes('programs', 'sessions'),
  'programs.adherence': method(byAthlete).returns<ProgramAdherence[]>(),

  'print.programPdf': method(programPdfInput).returns<PdfResult>(),
  'print.groupPdf': method(groupPdfInput).returns<PdfResult>(),
  /** one athlete's printed week plan, through the same print window as the program sheet */
  'print.planPdf': method(planPdfInput).returns<PdfResult>(),
  'print.progress': method(empty).returns<PrintProgress>(),
} as const
