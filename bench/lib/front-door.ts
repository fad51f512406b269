/**
 * The site server in front of a cluster, in a process of its own so the load
 * generator does not share its core: `tsx bench/lib/front-door.ts <cms urls, comma-separated> <proxy secret>`.
 * Prints `READY <url>` once listening.
 */
import { startFrontDoor } from '../../tests/cluster/support/front-door';

const [urls, proxySecret] = process.argv.slice(2);
if (!urls || !proxySecret) throw new Error('usage: front-door.ts <cms urls> <proxy secret>');
const door = await startFrontDoor(urls.split(','), { proxySecret });
console.log(`READY ${door.url}`);
