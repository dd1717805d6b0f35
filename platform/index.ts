/** The reference platform, for tests, the e2e harness and benchmarks: start it, sign in, close it. */
export { startPlatform, type PlatformOptions, type RunningPlatform } from './server';
export { ACCOUNTS_FILE, type DemoAccount } from './seed/demo';
