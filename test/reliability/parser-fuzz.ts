// Runs parser-fuzz-child.ts and watches it: a case that has not finished within HANG_MS is a hang, and the
// child is killed and the case reported with the bytes it was parsing. Used by
// services/import/fuzz.test.ts and scripts/soak.ts.
import { spawn } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParserFuzzChildOptions, ParserName, ParserStats } from './parser-fuzz-child'

const CHILD = fileURLToPath(new URL('./parser-fuzz-child', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Generous: no parser should take a second on these small inputs; this long means it is stuck. */
export const HANG_MS = 5_000
/** Starting the child (tsx, the parsers, the FIT SDK) is allowed longer than one case. */
const START_MS = 60_000

export type ParserFuzzReport = Record<ParserName, ParserStats>

export function runParserFuzz(options: ParserFuzzChildOptions): Promise<ParserFuzzReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(options)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let last = 'starting'
    let result: string | null = null
    let failure: string | null = null
    let hung = false
    let stderr = ''
    let buffered = ''
    let timer = setTimeout(() => onHang(), START_MS)
    function onHang() {
      hung = true
      child.kill('SIGKILL')
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('CASE ')) {
          last = line.slice(5)
          clearTimeout(timer)
          timer = setTimeout(onHang, HANG_MS)
        } else if (line.startsWith('DONE ')) result = line.slice(5)
        else if (line.startsWith('FAIL ')) failure = JSON.parse(line.slice(5)) as string
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (hung) {
        const kept = join(options.workDir, 'hang.bin')
        copyFileSync(join(options.workDir, 'current.bin'), kept)
        reject(new Error(`case ${last} did not finish within ${String(HANG_MS)} ms; its input is in ${kept}`))
      } else if (failure) reject(new Error(`case ${last}: ${failure}`))
      else if (code !== 0 || !result) reject(new Error(`the parser fuzzer stopped (code ${String(code)}): ${stderr}`))
      else resolve(JSON.parse(result) as ParserFuzzReport)
    })
  })
}
