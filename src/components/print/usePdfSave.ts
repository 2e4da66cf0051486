// "Save as PDF": asks main (which owns the hidden print window) and, while it works, polls its progress
// so a batch of 30 sheets shows how far it has got.
import { onBeforeUnmount, ref } from 'vue'
import { api, messageOf, unwrap } from '../../api/client'
import type { PdfResult, PrintProgress } from '#shared/programs'
import type { Result } from '#shared/result'

const POLL_MS = 300

export function usePdfSave() {
  const saving = ref(false)
  const progress = ref<PrintProgress | null>(null)
  const error = ref('')
  let timer: ReturnType<typeof setInterval> | undefined

  const stop = () => {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }
  onBeforeUnmount(stop)

  async function save(request: () => Promise<Result<PdfResult>>): Promise<PdfResult | null> {
    saving.value = true
    error.value = ''
    timer = setInterval(() => {
      void api.print.progress().then((answer) => {
        if (answer.ok && answer.value.running) progress.value = answer.value
      })
    }, POLL_MS)
    try {
      return unwrap(await request())
    } catch (e) {
      error.value = messageOf(e)
      return null
    } finally {
      stop()
      saving.value = false
      progress.value = null
    }
  }

  return { saving, progress, error, save }
}
