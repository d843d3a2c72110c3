import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { CheckoutError } from '@weship/checkout-core'
import { type EngineState, engineStateSchema } from '../engine/engine-state.js'

/** The snapshot in `file`, or undefined when there is none yet; a damaged file fails loudly. */
export async function readSnapshot(file: string): Promise<EngineState | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  let parsed: ReturnType<typeof engineStateSchema.safeParse>
  try {
    parsed = engineStateSchema.safeParse(JSON.parse(text))
  } catch (cause) {
    throw unreadable(file, cause)
  }
  if (!parsed.success) throw unreadable(file, parsed.error)
  return parsed.data
}

export interface SnapshotWriter {
  /** Asks for a write soon; bursts of changes become one write. */
  schedule(): void
  /** Writes any pending change now. */
  flush(): Promise<void>
}

/** Writes snapshots through a temporary file and a rename, so a crash never leaves half a file. */
export function createSnapshotWriter(
  file: string,
  read: () => EngineState,
  delayMs = 200,
): SnapshotWriter {
  let timer: NodeJS.Timeout | undefined
  let writing: Promise<void> = Promise.resolve()

  function write(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    let text: string
    try {
      text = `${JSON.stringify(read(), null, 2)}\n`
    } catch (error) {
      // Inside a timer a synchronous throw would end the process; it becomes a failed write.
      return Promise.reject(error)
    }
    const save = async () => {
      await mkdir(dirname(file), { recursive: true })
      await writeFile(`${file}.tmp`, text)
      await rename(`${file}.tmp`, file)
    }
    // One write at a time, in order; a failed write does not block the next one.
    writing = writing.then(save, save)
    return writing
  }

  return {
    schedule() {
      timer ??= setTimeout(() => {
        write().catch((error: unknown) => console.error(`Could not write ${file}:`, error))
      }, delayMs)
    },
    flush: () => (timer === undefined ? writing : write()),
  }
}

function unreadable(file: string, cause: unknown): CheckoutError {
  const message = `${file} is not a mock-server snapshot; move it away or pass another --data file.`
  return new CheckoutError('CONFIG', message, { reason: 'invalid_snapshot', cause })
}
