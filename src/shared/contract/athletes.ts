// Athletes and their groups.
import { athleteCreate, athleteList, athleteUpdate } from '../schemas/athlete'
import { byId, empty } from '../schemas/common'
import type { Athlete, AthleteSummary, Group } from '../types'
import { method } from './method'

export const athletesContract = {
  'athletes.list': method(athleteList).returns<AthleteSummary[]>(),
  'athletes.get': method(byId).returns<Athlete>(),
  'athletes.create': method(athleteCreate).returns<Athlete>().writes('athletes'),
  'athletes.update': method(athleteUpdate).returns<Athlete>().writes('athletes'),
  'athletes.archive': method(byId).returns<Athlete>().writes('athletes'),
  'athletes.restore': method(byId).returns<Athlete>().writes('athletes'),

  'groups.list': method(empty).returns<Group[]>(),
} as const
