// Paths of files dropped on the page. In Electron the preload exposes `window.files.pathFor` (Electron's
// webUtils.getPathForFile); a plain browser has no such thing and a dropped file has no path there.
declare global {
  interface Window {
    files?: { pathFor(file: File): string }
  }
}

/** Paths of the dropped files, or null when this window cannot know them. */
export function droppedPaths(list: FileList | null | undefined): string[] | null {
  const bridge = (window as Partial<Window>).files
  if (!bridge || !list) return null
  const paths: string[] = []
  for (const file of Array.from(list)) {
    const path = bridge.pathFor(file)
    if (path) paths.push(path)
  }
  return paths
}
