// The exercise drawings (our own line drawings in resources/exercises), bundled by Vite as files in the
// build so the page's CSP (img-src 'self' data:) allows them, in the app and in the print window alike.
const files = import.meta.glob<string>('../../../resources/exercises/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
})

/** drawing name (file name without .svg) → URL */
export const ILLUSTRATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries(files).map(([path, url]) => [path.replace(/^.*\/([^/]+)\.svg$/, '$1'), url]),
)

export function illustrationUrl(name: string | null): string | null {
  return name === null ? null : (ILLUSTRATIONS.get(name) ?? null)
}

/** Names a coach can pick for their own exercise, in a stable order. */
export const ILLUSTRATION_NAMES: readonly string[] = [...ILLUSTRATIONS.keys()].sort()
