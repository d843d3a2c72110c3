import type { NextConfig } from 'next'

const config: NextConfig = {
  // `next dev` would otherwise write an AGENTS.md beside these files.
  agentRules: false,
  experimental: { agentUpgrade: false },
}

export default config
