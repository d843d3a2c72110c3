import * as z from 'zod/mini'
import { channelQuery } from './documents.js'
import type { createGraphqlClient } from './graphql-client.js'

const channelSchema = z.object({
  activeChannel: z.object({
    defaultCurrencyCode: z.string(),
    availableCurrencyCodes: z.array(z.string()),
    pricesIncludeTax: z.boolean(),
  }),
})
export type ChannelSettings = z.infer<typeof channelSchema>['activeChannel']

/** The channel's currency and tax display, read once per adapter (again after a failure). */
export function createChannelSettings(client: ReturnType<typeof createGraphqlClient>) {
  let channel: Promise<ChannelSettings> | undefined
  return (): Promise<ChannelSettings> => {
    channel ??= client.request({ query: channelQuery, schema: channelSchema }).then(
      ({ data }) => data.activeChannel,
      (error: unknown) => {
        channel = undefined
        throw error
      },
    )
    return channel
  }
}
