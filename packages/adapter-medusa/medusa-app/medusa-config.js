// The Medusa that @weship/adapter-medusa's tests and examples/medusa run: Medusa's own modules, no
// admin dashboard, no Redis (in-memory event bus, cache and locking), a database given by the
// caller, and one test card provider beside Medusa's system provider.
const { join } = require('node:path')
const { defineConfig } = require('@medusajs/framework/utils')

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      // A regular expression string (Medusa's syntax): the pages the caller serves.
      storeCors: process.env.STORE_CORS || '/^http:\\/\\/127\\.0\\.0\\.1:\\d+$/',
      adminCors: process.env.ADMIN_CORS || '',
      authCors: process.env.AUTH_CORS || '',
      jwtSecret: process.env.JWT_SECRET || 'weship-test-only',
      cookieSecret: process.env.COOKIE_SECRET || 'weship-test-only',
    },
  },
  admin: { disable: true },
  modules: [
    {
      resolve: '@medusajs/medusa/payment',
      options: {
        providers: [{ resolve: join(__dirname, 'test-card-provider.js'), id: 'weship' }],
      },
    },
  ],
})
