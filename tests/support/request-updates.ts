import { expect } from 'vitest';
import { waitForMail } from './mailbox';
import { type ResidentBrowser } from './resident';

/**
 * What a guest does on the confirmation page to hear about their request (issue 16):
 * opens the receipt's offer, asks for the link, and confirms it from the email, through
 * the site server's own `/account/…` (or the CMS's `/api/account/…` with its headers).
 */
export async function followRequestUpdates(
  browser: ResidentBrowser,
  receipt: { reference: string; updatesLink: string | null },
  email: string,
  mailboxUrl: string,
): Promise<void> {
  expect(receipt.updatesLink).toMatch(/^\/account\/alerts\/request\?reference=[A-Z0-9-]+&token=[0-9a-f]{64}$/);
  const query = receipt.updatesLink!.slice(receipt.updatesLink!.indexOf('?'));
  const offer = await browser.get(`/alerts/request${query}`);
  expect(offer.status).toBe(200);
  expect(offer.html).toContain(`We will email <strong>${email}</strong>`);
  const params = new URLSearchParams(query);
  const asked = await browser.post('/alerts/request', {
    reference: params.get('reference')!,
    token: params.get('token')!,
  });
  expect(asked.html).toContain('Check your email');
  const mail = await waitForMail(mailboxUrl, email, `updates your request ${receipt.reference}`);
  expect(mail.subject).toMatch(new RegExp(`^Confirm your email alerts for your request ${receipt.reference} \\(`));
  const token = /confirm\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  expect(token, mail.text).toBeDefined();
  const confirmed = await browser.post('/alerts/confirm', { token: token! });
  expect(confirmed.html).toContain('We will email you each time we update this request');
}
