// Apart from backend.ts so the main process can ask where the data lives without loading the database.

/** Where the data lives: --data-dir=…, else BACKSTRIDE_DATA_DIR when set, else the platform's user-data folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string, argv: readonly string[] = []): string {
  const chosen = argv
    .find((arg) => arg.startsWith('--data-dir='))
    ?.slice('--data-dir='.length)
    .trim()
  if (chosen) return chosen
  const override = env.BACKSTRIDE_DATA_DIR?.trim()
  return override ? override : userDataDir
}
