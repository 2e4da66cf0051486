import type { Db } from '../connection'

export function settingsRepo(db: Db) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )
  return {
    get: (key: string): string | undefined => get.get(key)?.value,
    set: (key: string, value: string) => {
      set.run(key, value)
    },
  }
}

export type SettingsRepo = ReturnType<typeof settingsRepo>
