// A real small disk for the full-disk and read-only tests: a 2 MB tmpfs, mounted where the machine allows
// it (root on Linux). Where it does not, `mountSmallDisk` says why, and the tests print that and skip.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type SmallDisk = { ok: true; dir: string } | { ok: false; reason: string }

export function mountSmallDisk(sizeMb = 2): SmallDisk {
  if (process.platform !== 'linux')
    return { ok: false, reason: `tmpfs mounts need Linux (this is ${process.platform})` }
  if (process.getuid?.() !== 0)
    return { ok: false, reason: 'mounting a tmpfs needs root, and these tests do not run as root' }
  const dir = mkdtempSync(join(tmpdir(), 'backstride-small-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${String(sizeMb)}m`, 'tmpfs', dir], { stdio: 'pipe' })
    return { ok: true, dir }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    return {
      ok: false,
      reason: `mount -t tmpfs failed here: ${String((error as { stderr?: unknown }).stderr ?? error).trim()}`,
    }
  }
}

/** Makes one folder read-only in place (a read-only bind mount over it), while files elsewhere stay open. */
export function makeReadOnly(folder: string): void {
  execFileSync('mount', ['--bind', folder, folder], { stdio: 'pipe' })
  execFileSync('mount', ['-o', 'remount,ro,bind', folder], { stdio: 'pipe' })
}

/** Unmounts `dir` and whatever is mounted inside it, then removes it. */
export function unmountSmallDisk(dir: string, inner: string[] = []): void {
  for (const folder of inner) execFileSync('umount', ['-l', folder], { stdio: 'pipe' })
  execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
  rmSync(dir, { recursive: true, force: true })
}

/** Writes a ballast file until the disk refuses; returns its size in bytes. */
export function fillDisk(dir: string): number {
  const chunk = Buffer.alloc(16 * 1024, 0x5a)
  let written = 0
  const file = join(dir, 'ballast.bin')
  try {
    for (;;) {
      writeFileSync(file, chunk, { flag: 'a' })
      written += chunk.length
    }
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOSPC') throw error
  }
  // Fill the last partial block too.
  try {
    for (;;) {
      writeFileSync(file, Buffer.alloc(512, 0x5a), { flag: 'a' })
      written += 512
    }
  } catch {
    return written
  }
}
