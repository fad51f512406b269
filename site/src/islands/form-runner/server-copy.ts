import { z } from 'zod';
import {
  draftPaths,
  savedDraftSchema,
  SIGNED_IN_HINT_COOKIE,
  sitePaths,
  type AccountDetails,
  type SavedDraft,
} from '@doorstep/domain';

/**
 * The signed-in resident's saved copy of a form, on the server (issue 15): read once
 * when the form opens, saved again as they go. Whether anyone is signed in comes from
 * a cookie that says only that (cms/src/account/sessions.ts), so a visitor who is not
 * signed in makes no request at all. The browser's own copy (storage.ts) stays as it is.
 */
export const signedInHere = (): boolean =>
  document.cookie.split(';').some((part) => part.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);

/** The session ended (idle, or signed out elsewhere): the hint is stale. */
function forgetHint(): void {
  document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Path=/; Secure; SameSite=Lax; Max-Age=0`;
}

const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };

export async function readServerCopy(slug: string): Promise<SavedDraft | null> {
  try {
    const response = await fetch(draftPaths.mine(slug), { headers, credentials: 'same-origin' });
    if (response.status === 401) forgetHint();
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: unknown };
    return savedDraftSchema.nullable().catch(null).parse(body.data);
  } catch {
    return null; // offline: the browser's copy is still here
  }
}

export async function writeServerCopy(slug: string, answers: Record<string, unknown>): Promise<boolean> {
  try {
    const response = await fetch(draftPaths.mine(slug), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ answers }),
    });
    if (response.status === 401) forgetHint();
    return response.ok;
  } catch {
    return false;
  }
}

export type GuestSave = { ok: true } | { ok: false; message: string };

/** A guest's answers, and the address for the link and code; no account is made. */
export async function saveAsGuest(slug: string, email: string, answers: Record<string, unknown>): Promise<GuestSave> {
  try {
    const response = await fetch(draftPaths.guest(slug), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ email, answers }),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
    const message = body?.error?.message;
    return {
      ok: false,
      message: typeof message === 'string' ? message : 'Your answers could not be saved. Try again.',
    };
  } catch {
    return { ok: false, message: 'Your answers could not be saved: check your connection and try again.' };
  }
}

const accountDetailsSchema = z.object({
  email: z.string(),
  name: z.string().catch(''),
  phone: z.string().catch(''),
  address: z
    .object({ line1: z.string(), line2: z.string().catch(''), town: z.string(), postcode: z.string() })
    .catch({ line1: '', line2: '', town: '', postcode: '' }),
});

/** The signed-in resident's details, which fill in the questions that ask for them; null if none can be had. */
export async function readAccountDetails(): Promise<AccountDetails | null> {
  try {
    const response = await fetch(`${sitePaths.account}me`, { headers, credentials: 'same-origin' });
    if (response.status === 401) forgetHint();
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: unknown };
    const parsed = accountDetailsSchema.safeParse(body.data);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
