/** What the admin says until it knows the council's name, or when the CMS cannot tell it. */
export const NO_COUNCIL_NAME = 'Doorstep';

/**
 * The council's name from its published site settings (public content, so the sign-in
 * page may have it), asked for once as the admin loads; Doorstep when there is none, or
 * no answer within 3 seconds.
 */
export async function readCouncilName(): Promise<string> {
  try {
    const response = await fetch('/api/site-setting?fields[0]=councilName', { signal: AbortSignal.timeout(3_000) });
    if (!response.ok) return NO_COUNCIL_NAME;
    const name = ((await response.json()) as { data?: { councilName?: unknown } }).data?.councilName;
    return typeof name === 'string' && name.trim() ? name.trim() : NO_COUNCIL_NAME;
  } catch {
    return NO_COUNCIL_NAME;
  }
}
