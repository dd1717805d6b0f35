/**
 * Entry of the core host: an Electron utilityProcess (plain Node plus `process.parentPort`) that runs
 * the core, so that a long import or sync never blocks the main process and its window events.
 * Everything it does is in host-runtime.ts, which the tests run over a real MessageChannel.
 */
import type { ParentPort } from 'electron';
import { serveCore } from './host-runtime';

// Electron adds parentPort to `process` in a utility process; it is undefined under plain Node.
const parentPort = (process as { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  process.stderr.write('core-host must be started by the shell with utilityProcess.fork\n');
  process.exit(1);
}

const { done } = serveCore({
  postMessage: (message) => parentPort.postMessage(message),
  onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
});

void done.then(() => process.exit(0));
