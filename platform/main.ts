// `npm run platform -- --port N --data DIR [--profile ID] [--seed demo] [--seed-shared N] [--log]`
// Starts the reference platform on 127.0.0.1 and prints its URL; Ctrl-C stops it cleanly.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROFILE_IDS } from '@shared/profiles/index';
import { isProfileId } from './deadlines';
import { ACCOUNTS_FILE } from './seed/demo';
import { startPlatform } from './server';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run platform -- --port N --data DIR [--profile ID] [--seed demo] [--seed-shared N] [--log]`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    data: { type: 'string' },
    profile: { type: 'string', default: 'yichuan' },
    seed: { type: 'string' },
    'seed-shared': { type: 'string' },
    log: { type: 'boolean', default: false },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) usage(`bad --port: ${values.port}`);
if (!values.data) usage('--data DIR is required');
if (!isProfileId(values.profile)) usage(`unknown --profile: ${values.profile} (one of ${PROFILE_IDS.join(', ')})`);
if (values.seed !== undefined && values.seed !== 'demo') usage(`unknown --seed: ${values.seed} (only "demo")`);
const shared = values['seed-shared'] === undefined ? undefined : Number(values['seed-shared']);
if (shared !== undefined && (!Number.isInteger(shared) || shared < 0)) usage(`bad --seed-shared: ${values['seed-shared']}`);

const dataDir = resolve(values.data);
const platform = await startPlatform({
  port,
  dataDir,
  seed: values.seed === 'demo' || shared !== undefined ? 'demo' : undefined,
  seedShared: shared,
  seedGrants: true,
  profile: values.profile,
  log: values.log,
});
console.log(`platform listening on ${platform.url} (deadlines: ${values.profile}, unless a department has its own profile)`);
if (platform.accounts.length) console.log(`accounts: ${resolve(dataDir, ACCOUNTS_FILE)}`);

const stop = () => {
  void platform.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
