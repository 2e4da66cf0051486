// The coach's settings and the demo club.
import { empty } from '../schemas/common'
import { coachProfileUpdate, settingsUpdate } from '../schemas/settings'
import type { DemoStatus, DemoSummary, Settings } from '../types'
import { DOMAINS, method } from './method'

export const settingsContract = {
  'settings.get': method(empty).returns<Settings>(),
  'settings.update': method(settingsUpdate).returns<Settings>().writes('settings'),
  /** the coach profile printed in every sheet's safety box */
  'settings.coach': method(coachProfileUpdate).returns<Settings>().writes('settings'),

  'demo.status': method(empty).returns<DemoStatus>(),
  'demo.create': method(empty)
    .returns<DemoSummary>()
    .writes(...DOMAINS),
} as const
