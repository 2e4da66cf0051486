// The renderer names files by grant; these turn grants into the real paths the services read and write,
// and give each file a folder scan finds a grant of its own (only when its real path is inside the folder).
import type { ImportRequest } from '#shared/schemas/transfer'
import type { IgnoredFile, ImportFileRef, ImportScan } from '#shared/transfer'
import type { GrantRegistry } from '../../grants'
import type { FoundFile } from './files'
import type { ImportJobRequest } from './jobs'

const OUTSIDE = 'It leads outside the folder you chose (a link), so Backstride does not open it.'

export async function scanGranted(
  registry: GrantRegistry,
  grants: string[],
  scan: (paths: string[]) => Promise<{ files: FoundFile[]; ignored: IgnoredFile[] }>,
): Promise<ImportScan> {
  const files: ImportFileRef[] = []
  const ignored: IgnoredFile[] = []
  for (const [i, grant] of grants.entries()) {
    const field = `grants.${String(i)}`
    let path: string
    let folder = false
    try {
      path = registry.resolve(grant, 'file', field)
    } catch {
      path = registry.resolve(grant, 'folder', field)
      folder = true
    }
    const found = await scan([path])
    ignored.push(...found.ignored)
    for (const file of found.files) {
      const granted = folder ? registry.addWithin(grant, file.path) : { grant }
      if (granted) files.push({ ...file, grant: granted.grant })
      else ignored.push({ name: file.name, path: file.path, reason: OUTSIDE })
    }
  }
  return { files, ignored }
}

export function resolveRequest(registry: GrantRegistry, request: ImportRequest): ImportJobRequest {
  return {
    athleteId: request.athleteId,
    confirmFuture: request.confirmFuture,
    files: request.files.map(({ grant, ...file }, i) => ({
      ...file,
      path: registry.resolve(grant, 'file', `files.${String(i)}.grant`),
    })),
  }
}

export const exportFolder = (registry: GrantRegistry, grant: string | null): string | null =>
  grant === null ? null : registry.resolve(grant, 'folder', 'folder')
