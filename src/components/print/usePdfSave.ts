// "Save as PDF": asks main (which owns the hidden print window) and, while it works, follows the back end's
// 'print.progress' events so a batch of 30 sheets shows how far it has got.
import { onBeforeUnmount, ref } from 'vue'
import { messageOf, unwrap } from '../../api/client'
import { listen } from '../../api/serverEvents'
import type { PdfResult, PrintProgress } from '#shared/programs'
import type { Result } from '#shared/result'

export function usePdfSave() {
  const saving = ref(false)
  const progress = ref<PrintProgress | null>(null)
  const error = ref('')
  let unfollow: (() => void) | null = null

  const stop = () => {
    unfollow?.()
    unfollow = null
  }
  onBeforeUnmount(stop)

  /**
   * The back end makes one PDF at a time, so the job whose first event (nothing prepared yet) comes after
   * this save began is this save's; events of any other job (one already running when the coach clicked,
   * which the back end refuses to run beside) are ignored. The call's answer is the final status: a job's
   * last event comes before it, and nothing is fetched after it.
   */
  function follow() {
    let jobId: number | null = null
    unfollow = listen('print.progress', ({ jobId: id, ...update }) => {
      if (jobId === null && update.running && update.done === 0 && update.stage === 'preparing') jobId = id
      if (id === jobId && update.running) progress.value = update
    })
  }

  async function save(request: () => Promise<Result<PdfResult>>): Promise<PdfResult | null> {
    saving.value = true
    error.value = ''
    stop()
    follow()
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
