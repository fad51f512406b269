import type { Core } from '@strapi/strapi';
import { z } from 'zod';

export interface AdminLogin {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

/** Role codes Strapi creates on first boot, and Doorstep's service team. */
type RoleCode = 'strapi-super-admin' | 'strapi-editor' | 'strapi-author' | 'doorstep-service-team';

const row = z.object({ id: z.number() }).nullable();

interface AdminUserService {
  create(data: AdminLogin & { registrationToken: null; isActive: boolean; roles: number[] }): Promise<unknown>;
}

/**
 * Creates an admin-panel user with the given role unless one with that email exists.
 * Passwords come from the environment (`npm start` writes them to cms/.env), never from code.
 */
export async function ensureAdminUser(strapi: Core.Strapi, login: AdminLogin, roleCode: RoleCode): Promise<boolean> {
  const email = login.email.toLowerCase();
  if (row.parse(await strapi.db.query('admin::user').findOne({ where: { email } }))) return false;

  const role = row.parse(await strapi.db.query('admin::role').findOne({ where: { code: roleCode } }));
  if (!role) throw new Error(`Admin role ${roleCode} is missing`);

  const users = strapi.service('admin::user') as unknown as AdminUserService;
  await users.create({ ...login, email, registrationToken: null, isActive: true, roles: [role.id] });
  strapi.log.info(`Created ${roleCode} login ${login.email}`);
  return true;
}
