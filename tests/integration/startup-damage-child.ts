// Child of startup-damage.test.ts: opens the core on a workspace (the app's start-up path) and
// tries one write, printing the start-up status and the write's answer as one JSON line. Run under
// `ulimit -f` it meets a full disk.
import { createCore } from '../../electron/core/index';
import { NO_POLICY } from '../../electron/core/policy/policy';
import { sampleEntry } from '../helpers/core';

const dir = process.argv[2]!;
const core = createCore({ workspaceDir: dir, policy: NO_POLICY, sync: { auto: false } });
const status = await core.ready;
const write = status.state === 'ready' ? await core.dispatch('catalogue.create', { entry: sampleEntry('满盘时新建的目录') }) : undefined;
let closed: string | undefined;
try {
  await core.close();
} catch (err) {
  closed = String(err);
}
process.stdout.write(`${JSON.stringify({ status, write, closed })}\n`);
