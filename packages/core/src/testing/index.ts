export { cartFixture, stubAdapter } from './fixtures.js'
