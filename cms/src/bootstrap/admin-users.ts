import type { Core } from '@strapi/strapi';

export interface AdminLogin {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

/** Role codes Strapi creates on first boot. */
type RoleCode = 'strapi-super-admin' | 'strapi-editor' | 'strapi-author';

/**
 * Creates an admin-panel user with the given role unless one with that email exists.
 * Passwords come from the environment (`npm start` writes them to cms/.env), never from code.
 */
export async function ensureAdminUser(strapi: Core.Strapi, login: AdminLogin, roleCode: RoleCode): Promise<boolean> {
  const users = strapi.db.query('admin::user');
  if (await users.findOne({ where: { email: login.email.toLowerCase() } })) return false;

  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`Admin role ${roleCode} is missing`);

  await strapi.service('admin::user').create({
    ...login,
    email: login.email.toLowerCase(),
    registrationToken: null,
    isActive: true,
    roles: [role.id],
  });
  strapi.log.info(`Created ${roleCode} login ${login.email}`);
  return true;
}
