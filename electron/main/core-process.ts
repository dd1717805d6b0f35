import { utilityProcess } from 'electron';
import { CoreClient, type CoreClientOptions } from './core-client';
import type { MainToHost } from './host-protocol';

/**
 * Forks the core host as an Electron utilityProcess and connects a CoreClient to it. Messages
 * posted before the process has spawned are held and sent in order once it has.
 */
export function startCoreHost(
  hostPath: string,
  workspaceDir: string,
  actor: string,
  options: Omit<CoreClientOptions, 'send'>,
  onExit: (code: number) => void,
): CoreClient {
  const child = utilityProcess.fork(hostPath, [], { serviceName: 'Catalogue Workbench core', stdio: 'inherit' });
  let spawned = false;
  const held: MainToHost[] = [];
  const client = new CoreClient({
    ...options,
    send(message) {
      if (spawned) child.postMessage(message);
      else held.push(message);
    },
  });
  child.once('spawn', () => {
    spawned = true;
    for (const m of held.splice(0)) child.postMessage(m);
  });
  child.on('message', (message: unknown) => client.receive(message));
  child.once('exit', (code) => {
    client.hostExited();
    onExit(code);
  });
  client.start(workspaceDir, actor);
  return client;
}
