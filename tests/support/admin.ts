import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

/** An admin panel login: one of the roles' seeded users (tests/e2e/global-setup.ts, or a suite's own). */
export interface AdminLogin {
  email: string;
  password: string;
}

/** A token for the admin API as `login`, as the admin panel gets one when it signs in. */
export async function adminToken(cmsUrl: string, login: AdminLogin): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(login),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** Signs in to the real admin panel as `login`, in a browser context of its own, through its sign-in page. */
export async function signInToAdmin(
  browser: Browser,
  cmsUrl: string,
  login: AdminLogin,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel('Password').fill(login.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  return page;
}
