import { isSitePath } from '@doorstep/domain';
import { z } from 'zod';
import { RedirectsDocument } from './graphql/__generated__/graphql';
import { fetchAll } from './graphql/client';

const redirectSchema = z.object({
  fromPath: z.string().refine(isSitePath, 'must be a path of this site'),
  toPath: z.string().refine(isSitePath, 'must be a path of this site'),
});
export type Redirect = z.output<typeof redirectSchema>;

/** Every old address and where it now lives, checked: only paths of this site, never another site. */
export async function loadRedirects(): Promise<Redirect[]> {
  const nodes = await fetchAll(RedirectsDocument, (result) => result.redirects_connection!);
  return nodes.map((node) => redirectSchema.parse(node));
}
