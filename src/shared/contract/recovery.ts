// The recovery screen: what keeps the data from opening, and the ways on (startup/recovery.ts).
import { empty } from '../schemas/common'
import type { RecoveryResult, RecoveryStatus } from '../transfer'
import { DOMAINS, method } from './method'

export const recoveryContract = {
  'recovery.status': method(empty).returns<RecoveryStatus>(),
  // the data comes back from a backup, or from another folder: everything on screen may have changed
  'recovery.restore': method(empty)
    .returns<RecoveryResult>()
    .writes(...DOMAINS),
  'recovery.openFolder': method(empty)
    .returns<{ chosen: boolean }>()
    .writes(...DOMAINS),
  'recovery.quit': method(empty).returns<{ quitting: boolean }>(),
} as const
