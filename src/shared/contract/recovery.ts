// The recovery screen: what keeps the data from opening, and the ways on (startup/recovery.ts).
import { empty } from '../schemas/common'
import type { RecoveryResult, RecoveryStatus } from '../transfer'
import { method } from './method'

export const recoveryContract = {
  'recovery.status': method(empty).returns<RecoveryStatus>(),
  'recovery.restore': method(empty).returns<RecoveryResult>(),
  'recovery.openFolder': method(empty).returns<{ chosen: boolean }>(),
  'recovery.quit': method(empty).returns<{ quitting: boolean }>(),
} as const
