// The smaller records of an athlete: assessments, shoes and strength sessions done.
import { assessmentCreate, assessmentUpdate } from '../schemas/assessment'
import { byAthlete, byId } from '../schemas/common'
import { sessionCreate } from '../schemas/session'
import { shoeCreate, shoeUpdate } from '../schemas/shoe'
import type { Assessment, Deleted, Shoe, StrengthSession } from '../types'
import { method } from './method'

export const recordsContract = {
  'assessments.list': method(byAthlete).returns<Assessment[]>(),
  'assessments.create': method(assessmentCreate).returns<Assessment>(),
  'assessments.update': method(assessmentUpdate).returns<Assessment>(),
  'assessments.delete': method(byId).returns<Deleted>(),

  'shoes.list': method(byAthlete).returns<Shoe[]>(),
  'shoes.create': method(shoeCreate).returns<Shoe>(),
  'shoes.update': method(shoeUpdate).returns<Shoe>(),
  'shoes.delete': method(byId).returns<Deleted>(),

  'sessions.list': method(byAthlete).returns<StrengthSession[]>(),
  'sessions.create': method(sessionCreate).returns<StrengthSession>(),
  'sessions.delete': method(byId).returns<Deleted>(),
} as const
