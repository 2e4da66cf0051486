// Failures of the machine rather than of the request (a full disk, a read-only or forbidden folder), put
// in a coach's words. SQLite reports them with its own codes, Node's file calls with errno codes; both
// lead to the same sentences, each naming the folder where it can.
import { dirname } from 'node:path'

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'SQLITE_IOERR_WRITE_FULL'])
const READ_ONLY = new Set(['EROFS'])
const DENIED = new Set(['EACCES', 'EPERM', 'SQLITE_PERM', 'SQLITE_AUTH'])

export const DISK_FULL = 'The disk is full: nothing was saved. Free some space and try again.'

export const readOnlyMessage = (folder: string) =>
  `The folder ${folder} is read-only: nothing was saved. Choose a folder Backstride can write to, or make this one writable.`

export const deniedMessage = (folder: string) =>
  `Backstride is not allowed to write in the folder ${folder}: nothing was saved. Check the folder’s permissions and try again.`

interface SystemError {
  code?: unknown
  path?: unknown
  message?: unknown
}

/** The folder a file error is about: the folder of the file named in the error, else the data folder. */
function folderOf(error: SystemError, dataDir: string, isFolder: boolean): string {
  if (typeof error.path !== 'string' || error.path === '') return dataDir
  return isFolder ? error.path : dirname(error.path)
}

/**
 * A coach's sentence for a full disk, a read-only folder or a denied permission; null for anything else.
 * `dataDir` stands in for the folder when SQLite (which names no file) reports it.
 */
export function systemFailureMessage(error: unknown, dataDir: string): string | null {
  if (error === null || typeof error !== 'object') return null
  const failure = error as SystemError
  const code = typeof failure.code === 'string' ? failure.code : ''
  if (FULL.has(code) || (code.startsWith('SQLITE_IOERR') && /disk is full|no space/i.test(String(failure.message))))
    return DISK_FULL
  // Listing names the folder itself; open, write and mkdir name something inside the folder that refused.
  const isFolder = /\b(scandir|opendir|rmdir)\b/.test(String(failure.message))
  if (READ_ONLY.has(code) || code.startsWith('SQLITE_READONLY'))
    return readOnlyMessage(folderOf(failure, dataDir, isFolder))
  if (DENIED.has(code) || code === 'SQLITE_CANTOPEN') return deniedMessage(folderOf(failure, dataDir, isFolder))
  return null
}
