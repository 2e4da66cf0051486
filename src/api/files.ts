// Files dropped on the page. In Electron the preload exposes `window.files.grantDropped`: it reads each real
// File's path with webUtils.getPathForFile (a File made in script has none) and asks main, over a channel
// of its own, to grant them. A plain browser has no such thing: dropped files cannot be reached there.
import type { GrantedFile } from '#shared/transfer'

declare global {
  interface Window {
    files?: { grantDropped(files: File[]): Promise<GrantedFile[]> }
  }
}

/** Grants for the dropped files, or null when this window cannot reach dropped files. */
export async function grantDropped(list: FileList | null | undefined): Promise<GrantedFile[] | null> {
  const bridge = (window as Partial<Window>).files
  if (!bridge || !list) return null
  return bridge.grantDropped(Array.from(list))
}
