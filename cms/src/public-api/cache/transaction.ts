import type { Core } from '@strapi/strapi';

/** What Strapi 5.54's `db.transaction` hands its callback (typed `any` in @strapi/database). */
export interface TransactionScope {
  trx: Core.Strapi['db']['connection'];
  onCommit(this: void, callback: () => void): void;
}

/** Runs `work` in the transaction open in this async context, or in a new one. */
export function inTransaction<T>(strapi: Core.Strapi, work: (scope: TransactionScope) => Promise<T>): Promise<T> {
  const transaction = strapi.db.transaction.bind(strapi.db) as unknown as (
    callback: (scope: TransactionScope) => Promise<T>,
  ) => Promise<T>;
  return transaction(work);
}
