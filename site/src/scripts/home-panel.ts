import { HOME_PANEL_PATH, SIGNED_IN_HINT_COOKIE } from '@doorstep/domain/account-hint';

/**
 * The home page's personal panel (issue 16), for a signed-in resident: the account
 * builds it (cms/src/account/home-panel.ts) and this puts it first on the page, in
 * place of the "Sign in" link, when the signed-in hint cookie is there. No React, no
 * zod (imports from a zod-free module): about half a kilobyte gzipped, a fetch and one replacement. The panel is a
 * `<section>` with its own heading; nothing is announced (it arrives as the page
 * loads, as any content would) and focus is never taken, unless it was on the link
 * being replaced, when it moves to the panel's heading rather than be lost.
 */
async function showPanel(slot: HTMLElement): Promise<void> {
  let response: Response;
  try {
    response = await fetch(HOME_PANEL_PATH, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  } catch {
    return; // offline: the sign-in link stays
  }
  if (response.status === 401) {
    // The session ended (idle, or signed out elsewhere): the hint is stale.
    document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Path=/; Secure; SameSite=Lax; Max-Age=0`;
    return;
  }
  if (!response.ok || !/^text\/html/.test(response.headers.get('content-type') ?? '')) return;
  const template = document.createElement('template');
  template.innerHTML = await response.text();
  const panel = template.content.querySelector('section[data-home-panel]');
  if (!panel) return;
  const hadFocus = slot.contains(document.activeElement);
  slot.replaceChildren(panel);
  if (hadFocus) {
    const heading = panel.querySelector('h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}

const signedIn = document.cookie.split(/;\s*/).includes(`${SIGNED_IN_HINT_COOKIE}=1`);
const slot = document.getElementById('home-panel');
// Signed out, this check is all that runs: no request, nothing changed.
if (signedIn && slot) void showPanel(slot);
