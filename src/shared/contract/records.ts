// The smaller records of an athlete: assessments, shoes and strength sessions done; and the history of
// edits to every record a coach enters.
import { assessmentCreate, assessmentUpdate } from '../schemas/assessment'
import { byAthlete, byId } from '../schemas/common'
import { editsInput } from '../schemas/edits'
import { sessionCreate, sessionUpdate } from '../schemas/session'
import { shoeCreate, shoeUpdate } from '../schemas/shoe'
import type { RecordEdit } from '../edits'
import type { Assessment, Deleted, Shoe, StrengthSession } from '../types'
import { method } from './method'

export const recordsContract = {
  'assessments.list': method(byAthlete).returns<Assessment[]>(),
  'assessments.create': method(assessmentCreate).returns<Assessment>().writes('assessments'),
  'assessments.update': method(assessmentUpdate).returns<Assessment>().writes('assessments'),
  'assessments.delete': method(byId).returns<Deleted>().writes('assessments'),

  'shoes.list': method(byAthlete).returns<Shoe[]>(),
  'shoes.create': method(shoeCreate).returns<Shoe>().writes('shoes'),
  'shoes.update': method(shoeUpdate).returns<Shoe>().writes('shoes'),
  'shoes.delete': method(byId).returns<Deleted>().writes('shoes'),

  'sessions.list': method(byAthlete).returns<StrengthSession[]>(),
  'sessions.create': method(sessionCreate).returns<StrengthSession>().writes('sessions'),
  'sessions.update': method(sessionUpdate).returns<StrengthSession>().writes('sessions'),
  'sessions.delete': method(byId).returns<Deleted>().writes('sessions'),

  /** the edits of one run, pain report, assessment, shoe or session, newest first */
  'edits.list': method(editsInput).returns<RecordEdit[]>(),
} as const
