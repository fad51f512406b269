import type { Context } from 'koa';
import { SUBMISSIONS } from './view';

/** The content manager's own actions: the case routes follow the permissions the admin panel grants. */
export const READ = 'plugin::content-manager.explorer.read';
export const UPDATE = 'plugin::content-manager.explorer.update';

interface Ability {
  can(action: string, subject: string, field?: string): boolean;
}

/**
 * Whether the signed-in admin may do `action` on submissions (with `field`, on that
 * field). Strapi's `admin::hasPermissions` policy checks an action on any subject,
 * and an editor reads other content types, so the subject is checked here.
 */
export function allowed(ctx: Context, action: string, field?: string): boolean {
  const ability = (ctx.state as { userAbility?: Ability }).userAbility;
  return ability?.can(action, SUBMISSIONS, field) ?? false;
}
