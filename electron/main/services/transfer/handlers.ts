// files.*, import.*, export.* and backups.*: import, export and backups as contract handlers.
import type { Unit } from '#shared/enums'
import type { ChosenFiles } from '#shared/transfer'
import { AppError } from '../errors'
import { exportService } from '../export/service'
import type { DomainHandlers, HandlerContext } from '../handlers'
import { importService } from '../import/service'

export function transferHandlers({
  repos,
  location,
  host,
  services: { athletes },
}: HandlerContext): DomainHandlers<'files' | 'import' | 'export' | 'backups'> {
  const units = (): Unit => (repos.settings.get('units') === 'mi' ? 'mi' : 'km')
  const imports = importService({ repos: () => repos, athletes, jobs: host.jobs, unit: units, log: host.log })
  const exports = exportService({ db: () => repos.db, dataDir: location.dataDir })

  return {
    'files.choose': async ({ purpose }): Promise<ChosenFiles> =>
      host.dialogs ? { available: true, paths: await host.dialogs.choose(purpose) } : { available: false, paths: [] },

    'import.scan': ({ paths }) => imports.scan(paths),
    'import.columns': ({ path }) => imports.columns(path),
    'import.preview': (request) => imports.preview(request),
    'import.start': (request) => imports.start(request),
    'import.status': ({ jobId, from }) => imports.status(jobId, from),
    'import.cancel': ({ jobId }) => imports.cancel(jobId),
    'import.unrated': ({ jobId }) => imports.unrated(jobId),

    'export.csv': (request) => exports.csv(request),
    'export.json': (request) => exports.json(request),

    'backups.list': () => host.backups.list(),
    'backups.create': () => host.backups.create('manual'),
    'backups.restore': ({ path }) => {
      if (imports.busy()) {
        throw new AppError('conflict', 'An import is running. Wait for it to finish or cancel it, then restore.')
      }
      return host.restore(path)
    },
  }
}
