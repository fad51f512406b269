import type { Core } from '@strapi/strapi';
import pg from 'pg';

const RECONNECT_MS = 500;
/** Also reads the counter: a connection that died silently fails this and is replaced. */
const HEARTBEAT_MS = 5_000;
/** How the listening connection shows in pg_stat_activity (PostgreSQL keeps 63 bytes of it). */
export const listenerName = (channel: string) => `doorstep listener ${channel}`;

interface Connection {
  connectionString: string;
  ssl: pg.ClientConfig['ssl'];
}

export interface GenerationListener {
  current(): number | undefined;
  onChange(listener: () => void): void;
  /** A generation this instance learnt of another way (its own commit). */
  heard(generation: number): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * LISTENs for the generation on a connection of its own (not from Strapi's pool, and
 * not through a transaction pooler, which would not keep the session). Down, it knows
 * no generation; on reconnecting it LISTENs first, then reads the counter, so no
 * commit falls between the two.
 */
export function generationListener(
  strapi: Core.Strapi,
  { channel, read }: { channel: string; read: (client: pg.Client) => Promise<number> },
): GenerationListener {
  let latest = 0;
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  const listeners: Array<() => void> = [];
  const changed = () => listeners.forEach((listener) => listener());
  const heard = (generation: number) => {
    if (!Number.isSafeInteger(generation) || generation <= latest) return;
    latest = generation;
    if (client) changed();
  };

  const lost = (which: pg.Client, reason: unknown) => {
    if (which !== client) return;
    client = undefined;
    clearInterval(heartbeat);
    changed();
    strapi.log.warn(`Content generation listener lost (${String(reason)}): answering without the API cache`);
    which.end().catch(() => undefined);
    if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS);
  };

  async function connect(): Promise<void> {
    const { connectionString, ssl } = strapi.config.get<Connection>('database.connection.connection');
    const next = new pg.Client({
      connectionString,
      ssl,
      keepAlive: true,
      query_timeout: HEARTBEAT_MS,
      application_name: listenerName(channel),
    });
    next.on('notification', ({ payload }) => heard(Number(payload)));
    next.on('error', (error) => lost(next, error.message));
    next.on('end', () => lost(next, 'connection ended'));
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      heard(await read(next));
    } catch (error) {
      await next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS);
      throw error;
    }
    if (stopped) return void (await next.end());
    client = next;
    heartbeat = setInterval(() => {
      read(next).then(heard, (error: unknown) => lost(next, error));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    changed();
  }

  return {
    current: () => (client ? latest : undefined),
    onChange: (listener) => void listeners.push(listener),
    heard,
    start: connect,
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const open = client;
      client = undefined;
      await open?.end();
    },
  };
}
