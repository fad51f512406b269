import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { SERVICE_TEAM_ROLE } from './forms/roles';

/** Role codes Strapi creates on first boot, and Doorstep's service team. */
type RoleCode = 'strapi-super-admin' | 'strapi-editor' | 'strapi-author' | typeof SERVICE_TEAM_ROLE;

interface AdminLogin {
  email: string;
  password: string;
  firstname: string;
  lastname: string;
}

const row = z.object({ id: z.number() }).nullable();

interface AdminUserService {
  create(data: AdminLogin & { registrationToken: null; isActive: boolean; roles: number[] }): Promise<unknown>;
}

/** The logins `npm start` puts in cms/.env (EDITOR_EMAIL, EDITOR_PASSWORD...), by role. */
const LOCAL_LOGINS: Array<{ env: string; firstname: string; lastname: string; role: RoleCode }> = [
  { env: 'ADMIN', firstname: 'Council', lastname: 'Administrator', role: 'strapi-super-admin' },
  { env: 'EDITOR', firstname: 'Demo', lastname: 'Editor', role: 'strapi-editor' },
  { env: 'AUTHOR', firstname: 'Demo', lastname: 'Author', role: 'strapi-author' },
  { env: 'SERVICE_TEAM', firstname: 'Demo', lastname: 'Caseworker', role: SERVICE_TEAM_ROLE },
];

/** `npm start` puts the local logins in cms/.env; production creates its admins by hand. */
export async function ensureLocalLogins(strapi: Core.Strapi): Promise<void> {
  for (const { env, role, ...name } of LOCAL_LOGINS) {
    const [email, password] = [process.env[`${env}_EMAIL`], process.env[`${env}_PASSWORD`]];
    if (email && password) await ensureAdminUser(strapi, { email, password, ...name }, role);
  }
}

/**
 * Creates an admin-panel user with the given role unless one with that email exists.
 * Passwords come from the environment (`npm start` writes them to cms/.env), never from code.
 */
async function ensureAdminUser(strapi: Core.Strapi, login: AdminLogin, roleCode: RoleCode): Promise<boolean> {
  const email = login.email.toLowerCase();
  if (row.parse(await strapi.db.query('admin::user').findOne({ where: { email } }))) return false;

  const role = row.parse(await strapi.db.query('admin::role').findOne({ where: { code: roleCode } }));
  if (!role) throw new Error(`Admin role ${roleCode} is missing`);

  const users = strapi.service('admin::user') as unknown as AdminUserService;
  await users.create({ ...login, email, registrationToken: null, isActive: true, roles: [role.id] });
  strapi.log.info(`Created ${roleCode} login ${login.email}`);
  return true;
}
