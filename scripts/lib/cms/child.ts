/**
 * The compiled CMS in a process of its own, so a test can kill it outright
 * (SIGKILL) and start it again on the same database. The parent passes the
 * database, port and secrets in the environment; this prints READY when listening.
 */
import { bootCms, type CmsLogLevel } from './boot';
import { CHILD_LOG_LEVEL_ENV } from './process';

await bootCms({ listen: true, logLevel: (process.env[CHILD_LOG_LEVEL_ENV] as CmsLogLevel | undefined) ?? 'error' });
console.log('READY');
