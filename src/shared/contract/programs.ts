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
  'exercises.create': method(exerciseCreate).returns<Exercise>(),
  'exercises.update': method(exerciseUpdate).returns<Exercise>(),
  'exercises.restoreDefaults': method(byId).returns<Exercise>(),
  'exercises.delete': method(byId).returns<Deleted>(),

  'programs.templates': method(empty).returns<ProgramTemplate[]>(),
  'programs.list': method(byAthlete).returns<ProgramSummary[]>(),
  'programs.get': method(byId).returns<Program>(),
  'programs.create': method(programCreate).returns<Program>(),
  'programs.propose': method(programPropose).returns<Program>(),
  'programs.update': method(programUpdate).returns<Program>(),
  'programs.delete': method(byId).returns<Deleted>(),
  'programs.sheet': method(byProgram).returns<ProgramSheet>(),
  'programs.groupSheets': method(byGroup).returns<GroupSheets>(),
  'programs.tick': method(tickInput).returns<ProgramAdherence>(),
  'programs.adherence': method(byAthlete).returns<ProgramAdherence[]>(),

  'print.programPdf': method(programPdfInput).returns<PdfResult>(),
  'print.groupPdf': method(groupPdfInput).returns<PdfResult>(),
  'print.progress': method(empty).returns<PrintProgress>(),
} as const
