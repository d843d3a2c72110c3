import type { TestProject } from 'vitest/node'
import { type RunningMedusa, startMedusa } from './start-medusa.js'

export interface ProvidedMedusa {
  baseUrl: string
  publishableKey: string
  regions: Array<{ id: string; currency: string }>
}

declare module 'vitest' {
  export interface ProvidedContext {
    medusa: ProvidedMedusa
  }
}

/**
 * One Medusa (and its PostgreSQL) for every test file of the `medusa` project: installing,
 * migrating and starting it takes too long to do per file. Never skipped: when PostgreSQL or
 * Medusa cannot be set up, every test of the project fails with the reason.
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => process.stderr.write(`[medusa] ${line}\n`)
  let medusa: RunningMedusa
  try {
    medusa = await startMedusa({ log })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(
      `The Medusa tests need PostgreSQL and Medusa, and could not set them up: ${reason}`,
    )
  }
  const stages = Object.entries(medusa.timings)
    .filter(([, seconds]) => seconds !== null)
    .map(([stage, seconds]) => `${stage} ${seconds?.toFixed(1)} s`)
  log(`ready at ${medusa.baseUrl}: ${stages.join(', ')}; ${medusa.rssMb() ?? '?'} MB resident`)
  project.provide('medusa', {
    baseUrl: medusa.baseUrl,
    publishableKey: medusa.publishableKey,
    regions: medusa.regions,
  })
  return async () => {
    log(`stopping (${medusa.rssMb() ?? '?'} MB resident at the end)`)
    await medusa.stop()
  }
}
