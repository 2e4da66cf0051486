// assessments.*, shoes.*, sessions.* and edits.* (the history of edits to every kind of record)
import type { DomainHandlers, HandlerContext } from '../handlers'

export function recordHandlers({
  services: { assessments, shoes, sessions, history },
}: HandlerContext): DomainHandlers<'assessments' | 'shoes' | 'sessions' | 'edits'> {
  return {
    'assessments.list': ({ athleteId }) => assessments.list(athleteId),
    'assessments.create': (fields) => assessments.create(fields),
    'assessments.update': ({ id, ...fields }) => assessments.update(id, fields),
    'assessments.delete': ({ id }) => assessments.delete(id),

    'shoes.list': ({ athleteId }) => shoes.list(athleteId),
    'shoes.create': (fields) => shoes.create(fields),
    'shoes.update': ({ id, ...fields }) => shoes.update(id, fields),
    'shoes.delete': ({ id }) => shoes.delete(id),

    'sessions.list': ({ athleteId }) => sessions.list(athleteId),
    'sessions.create': (fields) => sessions.create(fields),
    'sessions.update': ({ id, ...fields }) => sessions.update(id, fields),
    'sessions.delete': ({ id }) => sessions.delete(id),

    'edits.list': ({ recordType, recordId }) => history.list(recordType, recordId),
  }
}
