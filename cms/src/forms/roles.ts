import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const SUBMISSIONS = 'api::form-submission.form-submission';
const EMAILS = 'api::email-message.email-message';
const JOB_FAILURES = 'api::job-failure.job-failure';
export const SERVICE_TEAM_ROLE = 'doorstep-service-team';

/**
 * What the service team sees of a submission; `idempotencyKey` and `requestHash` are
 * for the endpoint only. Every field the role cannot see must be optional in the
 * schema, or the admin panel refuses to save its status change (issue 12).
 */
export const SUBMISSION_READABLE = [
  'reference',
  'formSlug',
  'formTitle',
  'formVersion',
  'definitionSnapshot',
  'answers',
  'caseStatus',
  'caseNote',
  'messageToResident',
  'timeline',
  'submittedAt',
  'expectedReplyBy',
  'retainUntil',
  'residentEmail',
  'emails',
];
/** A status, a note for the timeline and a message to the resident: nothing else a caseworker can change. */
export const SUBMISSION_UPDATABLE = ['caseStatus', 'caseNote', 'messageToResident'];
const EMAIL_READABLE = [
  'kind',
  'to',
  'caseStatus',
  'messageToResident',
  'submission',
  'status',
  'attempts',
  'sentAt',
  'lastError',
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
 * types, and the "Service team" role may read submissions and the emails sent about
 * them, and change a submission's status with a note and a message to the resident, nothing else. Managed here, so it is the same after every restart.
 */
export async function ensureSubmissionRoles(strapi: Core.Strapi): Promise<void> {
  const editorial = z
    .array(z.object({ id: z.number() }))
    .parse(
      await strapi.db.query('admin::role').findMany({ where: { code: { $in: ['strapi-editor', 'strapi-author'] } } }),
    );
  await strapi.db.query('admin::permission').deleteMany({
    where: {
      subject: { $in: [SUBMISSIONS, EMAILS, JOB_FAILURES] },
      role: { id: { $in: editorial.map((role) => role.id) } },
    },
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
      properties: { fields: SUBMISSION_READABLE },
      conditions: [],
    },
    {
      action: 'plugin::content-manager.explorer.update',
      subject: SUBMISSIONS,
      properties: { fields: SUBMISSION_UPDATABLE },
      conditions: [],
    },
    {
      action: 'plugin::content-manager.explorer.read',
      subject: EMAILS,
      properties: { fields: EMAIL_READABLE },
      conditions: [],
    },
  ]);
}
