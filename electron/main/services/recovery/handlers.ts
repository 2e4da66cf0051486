// recovery.*: the recovery screen's questions and actions, answered by the back end's host (backend.ts,
// startup/recovery.ts), both while the data is open and while it is not.
import type { DomainHandlers, HandlerContext } from '../handlers'

export function recoveryHandlers({ host }: Pick<HandlerContext, 'host'>): DomainHandlers<'recovery'> {
  return {
    'recovery.status': () => host.recovery.status(),
    'recovery.restore': () => host.recovery.restore(),
    'recovery.openFolder': () => host.recovery.openFolder(),
    'recovery.quit': () => host.recovery.quit(),
  }
}
