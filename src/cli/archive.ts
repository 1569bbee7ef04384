/** `npm run archive`: the command itself is in archive-command.ts (tests call it in-process). */
import { leanHeap } from './analyse-pool';
import { archive } from './archive-command';

leanHeap();
process.exitCode = await archive(process.argv.slice(2));
