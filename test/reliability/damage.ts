// Ways a database file gets damaged, done to real closed files: bytes flipped inside a page (a bad sector,
// a sync tool that copied half a file), and an index whose entries no longer match its table (the kind of
// damage only a full integrity check finds).
import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs'
import Database from 'better-sqlite3'

/** Overwrites bytes in the middle of every page after the first with a pattern; the header stays. */
export function flipBytes(file: string, count = 64): void {
  const fd = openSync(file, 'r+')
  try {
    const header = Buffer.alloc(100)
    readSync(fd, header, 0, 100, 0)
    const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16)
    const pages = Math.floor(statSync(file).size / pageSize)
    for (let page = 1; page < pages; page++) {
      const junk = Buffer.alloc(count, 0xa5)
      // Byte 0 of a b-tree page says what kind of page it is; a wrong one is found by any check.
      writeSync(fd, junk, 0, count, page * pageSize)
    }
  } finally {
    closeSync(fd)
  }
}

/** Makes `index` describe another column than the one its entries were built from: quick_check passes. */
export function mismatchIndex(file: string, index: string, from: string, to: string): void {
  const db = new Database(file)
  try {
    // Defensive mode (better-sqlite3's default) forbids editing the schema table; unsafe mode lifts it.
    db.unsafeMode(true)
    db.pragma('writable_schema = ON')
    db.prepare("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'index' AND name = ?").run(
      from,
      to,
      index,
    )
    db.pragma('writable_schema = OFF')
  } finally {
    db.close()
  }
}
