/** The Electron main process entry (out/main/index.cjs): everything happens in ./shell.ts. */
import { main } from './shell';

main();
