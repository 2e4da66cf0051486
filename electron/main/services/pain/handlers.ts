// pain.*
import type { DomainHandlers, HandlerContext } from '../handlers'

export function painHandlers({ services: { pain } }: HandlerContext): DomainHandlers<'pain'> {
  return {
    'pain.list': ({ athleteId }) => pain.list(athleteId),
    'pain.report': (fields) => pain.report(fields),
    'pain.update': ({ id, ...fields }) => pain.update(id, fields),
    'pain.delete': ({ id }) => pain.delete(id),
    'pain.restore': ({ id }) => pain.restore(id),
  }
}
