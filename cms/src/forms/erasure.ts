import type { Core } from '@strapi/strapi';
import { fileStore } from './file-store';
import { fileIdsIn } from './files';

const SUBMISSIONS = 'api::form-submission.form-submission';
const EMAILS = 'api::email-message.email-message';

interface DeleteEvent {
  params: { where?: unknown };
  state: { fileIds?: string[] };
}

/**
 * A submission's files and emails go with it, whatever deletes it: the admin panel (one or many),
 * the nightly retention, the Document Service, a query. Hooked into the database's own
 * lifecycle of the submissions table, so no path can forget. Files in the database
 * (a cluster) go in the deleting transaction; files on disk once it commits: a
 * rolled-back delete keeps them, and a crash in between leaves a file with no
 * submission (unreachable), never a submission whose file has gone.
 */
export function eraseFilesWithSubmissions(strapi: Core.Strapi): void {
  const collect = async (event: DeleteEvent) => {
    const rows = (await strapi.db.query(SUBMISSIONS).findMany({
      where: event.params.where ?? {},
      select: ['id', 'answers'],
    })) as Array<{ id: number; answers: unknown }>;
    event.state.fileIds = rows.flatMap((row) => fileIdsIn(row.answers));
    // The emails it still owes go too, in the same transaction: nothing is sent about it after.
    if (rows.length > 0) {
      await strapi.db.query(EMAILS).deleteMany({ where: { submission: { id: { $in: rows.map((row) => row.id) } } } });
    }
  };
  const eraseOnCommit = async (event: DeleteEvent) => {
    const ids = event.state.fileIds ?? [];
    // Joins the delete's own transaction when there is one.
    if (ids.length > 0) await fileStore(strapi).remove(ids);
  };
  strapi.db.lifecycles.subscribe({
    models: [SUBMISSIONS],
    beforeDelete: collect,
    beforeDeleteMany: collect,
    afterDelete: eraseOnCommit,
    afterDeleteMany: eraseOnCommit,
  });
}
