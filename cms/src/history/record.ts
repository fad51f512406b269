import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, Modules } from '@strapi/strapi';
import { z } from 'zod';
import { EDITORIAL_TYPES, editorialTypeOfUid } from '../editorial-types';
import { addRevision, type RevisionKind } from './revisions';
import { takeSnapshot } from './snapshot';

/** What each Document Service action keeps: a save, a publish, an unpublish; a discarded draft is a save. */
const KINDS: Partial<Record<string, RevisionKind>> = {
  create: 'saved',
  update: 'saved',
  discardDraft: 'saved',
  publish: 'published',
  unpublish: 'unpublished',
};

/** Set while one action is being recorded: what other middlewares write inside it is part of that action. */
const recording = new AsyncLocalStorage<true>();

/** Runs `work` without recording its own writes (a restore records itself as one "restored" revision). */
export const withoutRecording = <T>(work: () => Promise<T>): Promise<T> => recording.run(true, work);

const adminUser = z.object({
  id: z.coerce.number(),
  firstname: z.string().nullish(),
  lastname: z.string().nullish(),
  email: z.string(),
});

export interface Actor {
  id: number | null;
  name: string;
}

const acting = new AsyncLocalStorage<Actor>();

/** Runs `work` as done for `actor`: a job doing what an admin asked for (a scheduled publish). */
export const actingFor = <T>(actor: Actor, work: () => Promise<T>): Promise<T> => acting.run(actor, work);

/** The signed-in admin who made the change, or whom a job acts for; "Doorstep" for the seed, scripts and other jobs. */
export function whoActs(strapi: Core.Strapi): Actor {
  const actor = acting.getStore();
  if (actor) return actor;
  const user = adminUser.safeParse(strapi.requestContext.get()?.state?.user);
  if (!user.success) return { id: null, name: 'Doorstep' };
  const name = [user.data.firstname, user.data.lastname].filter(Boolean).join(' ') || user.data.email;
  return { id: user.data.id, name };
}

/** Keeps a revision of the document as it now is: its published version after a publish, else its draft. */
export async function recordRevision(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  locale: string | null,
  kind: RevisionKind,
): Promise<boolean> {
  const type = editorialTypeOfUid(uid);
  if (!type) return false;
  const snapshot = await takeSnapshot(strapi, uid, documentId, kind === 'published' ? 'published' : 'draft', locale);
  if (!snapshot) return false;
  const title = snapshot[EDITORIAL_TYPES[type].titleField];
  return addRevision(strapi, {
    uid,
    documentId,
    locale,
    kind,
    by: whoActs(strapi),
    at: new Date(),
    title: typeof title === 'string' && title ? title : 'Untitled',
    snapshot,
  });
}

/** Whether the type has a version per language (none of Doorstep's does yet: their locale is null). */
const localized = (strapi: Core.Strapi, uid: string): boolean =>
  (strapi.contentType(uid as never) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n
    ?.localized === true;

const params = z.object({ documentId: z.string().optional(), locale: z.string().nullish() }).passthrough();
const result = z.object({ documentId: z.string() }).passthrough();

/**
 * History (issue 17, item 3): every save, publish and unpublish of an editorial
 * document keeps a revision, once the action succeeded (a publish the rules refuse
 * keeps nothing). Registered first of all the middlewares, so what the others write
 * inside one action (a web form's version number, a slug) is part of that action's
 * revision, not a revision of its own.
 */
export function recordRevisions(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const kind = KINDS[context.action];
    if (!kind || !editorialTypeOfUid(context.uid) || recording.getStore()) return next();
    return recording.run(true, async () => {
      const done = await next();
      const given = params.safeParse(context.params ?? {});
      const documentId = (given.success ? given.data.documentId : undefined) ?? result.safeParse(done).data?.documentId;
      const locale =
        localized(strapi, context.uid) && typeof given.data?.locale === 'string' ? given.data.locale : null;
      if (documentId) await recordRevision(strapi, context.uid, documentId, locale, kind);
      return done;
    });
  };
}
