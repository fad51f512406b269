import type { Core } from '@strapi/strapi';
import { binRoundToCms, type BinRound } from '@doorstep/domain';
import { z } from 'zod';

const UID = 'api::bin-round.bin-round';
const existing = z.array(z.object({ documentId: z.string() }));

/**
 * Each street's round created, or replaced in place when its USRN has one (same
 * documentId, so links and the home page keep it), then published so the publish
 * check runs. One transaction: every round in the file or none.
 */
export async function writeBinRounds(
  strapi: Core.Strapi,
  rounds: readonly BinRound[],
): Promise<{ created: number; updated: number }> {
  const documents = strapi.documents(UID);
  return strapi.db.transaction(async () => {
    const report = { created: 0, updated: 0 };
    for (const round of rounds) {
      const data = binRoundToCms(round) as never;
      const [found] = existing.parse(
        await documents.findMany({ filters: { usrn: round.usrn }, fields: ['documentId'], status: 'draft' }),
      );
      const documentId = found ? found.documentId : (await documents.create({ data })).documentId;
      if (found) await documents.update({ documentId, data });
      await documents.publish({ documentId });
      report[found ? 'updated' : 'created'] += 1;
    }
    return report;
  });
}
