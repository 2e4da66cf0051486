// File access by grant, not by path. The renderer never names a path: it passes an opaque id that the
// trusted side issued for a file or folder the coach chose in a native dialog, dropped on the window, or
// for one of Backstride's own folders (data, backups, exports). Every path-taking method turns its id back
// into a real path here, and checks it again at that moment: the real path (symlinks resolved) must still
// be the one granted, and Backstride's live database and its journals are never granted at all.
import { randomBytes } from 'node:crypto'
import { realpathSync, statSync } from 'node:fs'
import { basename, sep } from 'node:path'
import type { GrantedFile, GrantKind } from '#shared/transfer'
import { AppError } from './services/errors'

interface Grant {
  id: string
  /** The real path (symlinks resolved) at the time of the grant. */
  path: string
  kind: GrantKind
}

const NOT_GRANTED = 'Backstride may only open files and folders you chose: choose it again.'

function realKind(path: string): { real: string; kind: GrantKind } | null {
  try {
    const real = realpathSync.native(path)
    const stat = statSync(real)
    if (stat.isDirectory()) return { real, kind: 'folder' }
    if (stat.isFile()) return { real, kind: 'file' }
    return null
  } catch {
    return null
  }
}

const inside = (folder: string, path: string) =>
  path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)

export interface GrantRegistry {
  /**
   * Trusted side only (a dialog result, a drop, the app's own folders; never a contract method): grants
   * `path` and returns what the renderer may see of it. Null when there is nothing usable there.
   */
  add(path: string): GrantedFile | null
  /** A file found inside a granted folder (a folder scan): granted when its real path is inside it. */
  addWithin(folderGrant: string, path: string): GrantedFile | null
  /** The real path behind `id`, checked now; refuses anything not granted, changed, or of the other kind. */
  resolve(id: string, kind: GrantKind, field: string): string
}

/** `protectedFiles`: files that are never granted (the live database and its journals). */
export function grantRegistry(protectedFiles: () => string[]): GrantRegistry {
  const byId = new Map<string, Grant>()
  const byPath = new Map<string, Grant>()

  const isProtected = (real: string) =>
    protectedFiles().some((file) => {
      const found = realKind(file)
      return (found?.real ?? file) === real
    })

  const shown = (grant: Grant): GrantedFile => ({
    grant: grant.id,
    name: basename(grant.path),
    path: grant.path,
    kind: grant.kind,
  })

  const issue = (real: string, kind: GrantKind): GrantedFile => {
    const known = byPath.get(`${kind}:${real}`)
    if (known) return shown(known)
    const grant = { id: randomBytes(16).toString('base64url'), path: real, kind }
    byId.set(grant.id, grant)
    byPath.set(`${kind}:${real}`, grant)
    return shown(grant)
  }

  return {
    add(path) {
      const found = realKind(path)
      if (!found || isProtected(found.real)) return null
      return issue(found.real, found.kind)
    },
    addWithin(folderGrant, path) {
      const folder = byId.get(folderGrant)
      const found = realKind(path)
      if (!folder || folder.kind !== 'folder' || !found || !inside(folder.path, found.real)) return null
      if (isProtected(found.real)) return null
      return issue(found.real, found.kind)
    },
    resolve(id, kind, field) {
      const grant = byId.get(id)
      if (!grant) throw new AppError('forbidden', NOT_GRANTED, field)
      const now = realKind(grant.path)
      // Gone, replaced by a symlink, or turned into the other kind since it was chosen.
      if (!now || now.real !== grant.path) {
        throw new AppError(
          'not_found',
          `${grant.path} is no longer there as it was when you chose it: choose it again.`,
          field,
        )
      }
      if (isProtected(now.real)) throw new AppError('forbidden', 'That is the database Backstride is using now.', field)
      if (now.kind !== kind)
        throw new AppError(
          'invalid',
          kind === 'file' ? 'Choose a file, not a folder.' : 'Choose a folder, not a file.',
          field,
        )
      return now.real
    },
  }
}
