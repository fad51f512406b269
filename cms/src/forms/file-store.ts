import { rmSync } from 'node:fs';
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { z } from 'zod';
import { isCluster } from '../cluster';

/**
 * Where residents' files are kept (ADR 0013). Embedded: a private folder on this
 * machine's disk. Cluster: a table of the database every instance shares, written in
 * the submission's transaction and deleted in the deleting one, so a file stored
 * through one instance is read by the email job on another, and no crash leaves a
 * file without its submission or a submission without its file.
 */
export interface FileStore {
  /** In the caller's transaction, when there is one. */
  put(id: string, content: Buffer): Promise<void>;
  get(id: string): Promise<Buffer>;
  /** In the caller's transaction; from disk once it commits (a rolled-back delete keeps them). */
  remove(ids: readonly string[]): Promise<void>;
}

const ID = /^[a-f0-9]{32}$/;
const TABLE = 'doorstep_form_files';

type TransactionWork = (context: { trx: Knex.Transaction; onCommit(run: () => void): void }) => Promise<void> | void;
async function inTransaction(strapi: Core.Strapi, work: TransactionWork): Promise<void> {
  await strapi.db.transaction(work);
}

export function filesDir(): string {
  return process.env.FORM_FILES_DIR ?? path.resolve(__dirname, '../../..', '.tmp', 'form-files');
}

function pathOf(id: string): string {
  if (!ID.test(id)) throw new Error(`Not a stored file id: ${id}`);
  return path.join(filesDir(), id);
}

function diskStore(strapi: Core.Strapi): FileStore {
  return {
    async put(id, content) {
      await mkdir(filesDir(), { recursive: true, mode: 0o700 });
      const handle = await open(pathOf(id), 'wx', 0o600);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    get: (id) => readFile(pathOf(id)),
    remove: (ids) =>
      inTransaction(strapi, (transaction) => {
        const paths = ids.filter((id) => ID.test(id)).map(pathOf);
        transaction.onCommit(() => paths.forEach((file) => rmSync(file, { force: true })));
      }),
  };
}

const fileRow = z.object({ content: z.instanceof(Buffer) });

function databaseStore(strapi: Core.Strapi): FileStore {
  return {
    put: (id, content) =>
      inTransaction(strapi, async ({ trx }) => {
        await trx(TABLE).insert({ id, content, created_at: new Date() });
      }),
    async get(id) {
      const found: unknown = await strapi.db.connection(TABLE).select('content').where({ id }).first();
      if (!found) throw new Error(`No stored file ${id}`);
      return fileRow.parse(found).content;
    },
    remove: (ids) =>
      inTransaction(strapi, async ({ trx }) => {
        if (ids.length > 0)
          await trx(TABLE)
            .whereIn('id', [...ids])
            .delete();
      }),
  };
}

export const fileStore = (strapi: Core.Strapi): FileStore =>
  isCluster(strapi) ? databaseStore(strapi) : diskStore(strapi);

/** The cluster's table, made at start-up (under the start-up lock) when it is missing. */
export async function prepareFileStore(strapi: Core.Strapi): Promise<void> {
  if (!isCluster(strapi)) return;
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(TABLE)) return;
  await knex.schema.createTable(TABLE, (table) => {
    table.string('id', 32).primary();
    table.binary('content').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
  });
}
