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

/** What an admin route answered: its status and its JSON body (null when it sent none, or plain text). */
export interface AdminAnswer {
  status: number;
  body: {
    data: unknown;
    error?: { message: string; details?: { field?: string; problems?: string[] } };
  };
}

/**
 * A call to `cmsUrl`'s admin API with `token` (null: signed out). `payload` is sent as
 * JSON; `raw`, when given, is sent as it is (for bodies that are not JSON at all).
 */
export async function adminCall(
  cmsUrl: string,
  token: string | null,
  method: string,
  path: string,
  payload?: unknown,
  raw?: string,
): Promise<AdminAnswer> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(payload !== undefined || raw !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: raw ?? (payload === undefined ? undefined : JSON.stringify(payload)),
  });
  const text = await response.text();
  // Koa answers a method a path does not have in plain text ("Method Not Allowed").
  const json = response.headers.get('content-type')?.includes('json') && text;
  return { status: response.status, body: (json ? JSON.parse(text) : null) as AdminAnswer['body'] };
}
