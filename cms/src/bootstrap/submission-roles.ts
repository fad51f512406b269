import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const SUBMISSIONS = 'api::form-submission.form-submission';
export const SERVICE_TEAM_ROLE = 'doorstep-service-team';

/** What the service team sees of a submission; `idempotencyKey` is for the endpoint only. */
const READABLE = [
  'reference',
  'formSlug',
  'formTitle',
  'formVersion',
  'definitionSnapshot',
  'answers',
  'caseStatus',
  'timeline',
  'submittedAt',
  'expectedReplyBy',
  'retainUntil',
  'notificationStatus',
];

interface RoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<unknown>;
  assignPermissions(
    roleId: number,
    permissions: Array<{ action: string; subject: string; properties: { fields: string[] }; conditions: string[] }>,
  ): Promise<unknown>;
}

const row = z.object({ id: z.number() }).nullable();

/**
 * Residents' submissions hold personal data: only the service team reads them.
 * Content editors and authors lose any access Strapi gives them to new content
 * types, and the "Service team" role may read submissions and change their status,
 * nothing else. Managed here, so it is the same after every restart.
 */
export async function ensureSubmissionRoles(strapi: Core.Strapi): Promise<void> {
  const editorial = z
    .array(z.object({ id: z.number() }))
    .parse(
      await strapi.db.query('admin::role').findMany({ where: { code: { $in: ['strapi-editor', 'strapi-author'] } } }),
    );
  await strapi.db.query('admin::permission').deleteMany({
    where: { subject: SUBMISSIONS, role: { id: { $in: editorial.map((role) => role.id) } } },
  });

  const roles = strapi.service('admin::role') as unknown as RoleService;
  let role = row.parse(await strapi.db.query('admin::role').findOne({ where: { code: SERVICE_TEAM_ROLE } }));
  if (!role) {
    role = row.parse(
      await roles.create({
        name: 'Service team',
        code: SERVICE_TEAM_ROLE,
        description: 'Reads residents’ form submissions and moves them through their statuses.',
      }),
    );
  }
  await roles.assignPermissions(role!.id, [
    {
      action: 'plugin::content-manager.explorer.read',
      subject: SUBMISSIONS,
      properties: { fields: READABLE },
      conditions: [],
    },
    {
      action: 'plugin::content-manager.explorer.update',
      subject: SUBMISSIONS,
      properties: { fields: ['caseStatus'] },
      conditions: [],
    },
  ]);
}
