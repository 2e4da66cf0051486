// files.*, import.*, export.* and backups.*: import, export and backups as contract handlers. Files and
// folders arrive as grants (see grants.ts) and are turned into real paths here, checked at that moment.
import type { Unit } from '#shared/enums'
import type { ChosenFiles } from '#shared/transfer'
import { AppError } from '../errors'
import { exportService } from '../export/service'
import type { DomainHandlers, HandlerContext } from '../handlers'
import { exportFolder, resolveRequest, scanGranted } from '../import/granted'
import { importService } from '../import/service'

export function transferHandlers({
  repos,
  location,
  host,
  services: { athletes },
}: HandlerContext): DomainHandlers<'files' | 'import' | 'export' | 'backups'> {
  const units = (): Unit => (repos.settings.get('units') === 'mi' ? 'mi' : 'km')
  const imports = importService({
    repos: () => repos,
    athletes,
    jobs: host.jobs,
    unit: units,
    log: host.log,
    emit: host.emit,
  })
  const exports = exportService({ db: () => repos.db, dataDir: location.dataDir })

  return {
    'files.choose': async ({ purpose }): Promise<ChosenFiles> => {
      if (!host.dialogs) return { available: false, files: [] }
      // A dialog result is the coach's choice: the one place besides a drop where a grant is issued.
      const paths = await host.dialogs.choose(purpose)
      return { available: true, files: paths.map((path) => host.grants.add(path)).filter((f) => f !== null) }
    },

    'import.scan': ({ grants }) => scanGranted(host.grants, grants, imports.scan),
    'import.columns': ({ grant }) => imports.columns(host.grants.resolve(grant, 'file', 'grant')),
    'import.preview': (request) => imports.preview(resolveRequest(host.grants, request)),
    'import.start': (request) => imports.start(resolveRequest(host.grants, request)),
    'import.status': ({ jobId, from }) => imports.status(jobId, from),
    'import.cancel': ({ jobId }) => imports.cancel(jobId),
    'import.unrated': ({ jobId }) => imports.unrated(jobId),

    'export.csv': ({ groupId, folder }) => exports.csv({ groupId, folder: exportFolder(host.grants, folder) }),
    'export.json': ({ groupId, folder }) => exports.json({ groupId, folder: exportFolder(host.grants, folder) }),

    'backups.list': () => host.backups.list(),
    'backups.create': () => host.backups.create('manual'),
    'backups.restore': ({ grant }) => {
      const path = host.grants.resolve(grant, 'file', 'grant')
      if (imports.busy()) {
        throw new AppError('conflict', 'An import is running. Wait for it to finish or cancel it, then restore.')
      }
      return host.restore(path)
    },
  }
}
