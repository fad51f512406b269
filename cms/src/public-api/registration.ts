import type { Core } from '@strapi/strapi';

/**
 * users-permissions lets the public register accounts by default. Doorstep has no
 * resident accounts until the account area exists, so registration stays closed.
 */
export async function closePublicRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get({})) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
