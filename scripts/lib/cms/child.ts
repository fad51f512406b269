/**
 * The compiled CMS in a process of its own, so a test can kill it outright
 * (SIGKILL) and start it again on the same database. The parent passes the
 * database, port and secrets in the environment; this prints READY when listening.
 */
import { bootCms } from './boot';

await bootCms({ listen: true, logLevel: 'error' });
console.log('READY');
