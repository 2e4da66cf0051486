// Athletes and their groups.
import { athleteCreate, athleteList, athleteUpdate } from '../schemas/athlete'
import { byId, empty } from '../schemas/common'
import type { Athlete, AthleteSummary, Group } from '../types'
import { method } from './method'

export const athletesContract = {
  'athletes.list': method(athleteList).returns<AthleteSummary[]>(),
  'athletes.get': method(byId).returns<Athlete>(),
  'athletes.create': method(athleteCreate).returns<Athlete>(),
  'athletes.update': method(athleteUpdate).returns<Athlete>(),
  'athletes.archive': method(byId).returns<Athlete>(),
  'athletes.restore': method(byId).returns<Athlete>(),

  'groups.list': method(empty).returns<Group[]>(),
} as const
