import type { Page } from 'playwright-core';

/** The missed bin form, as a guest: with JavaScript one question a page, without it one page. */
export async function reportMissedBin(
  page: Page,
  siteUrl: string,
  { javaScript, email, street }: { javaScript: boolean; email: string; street: string },
): Promise<string> {
  await page.goto(`${siteUrl}/forms/report-a-missed-bin/`);
  await page.getByLabel('Recycling (blue bin)').check();
  await page
    .getByRole('group', { name: /out by 7am/ })
    .getByLabel('Yes')
    .check();
  if (javaScript) await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Address line 1').fill(street);
  await page.getByLabel('Town or city').fill('Bramblewick');
  await page.getByLabel('Postcode', { exact: true }).fill('BW1 2AB');
  if (javaScript) await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Full name').fill('Alex Resident');
  await page.getByLabel('Email address').fill(email);
  if (javaScript) {
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Accept and send' }).click();
  } else {
    await page.getByRole('button', { name: 'Send' }).click();
  }
  await page.locator('#submission-reference').waitFor();
  return (await page.locator('#submission-reference').textContent())!.trim();
}
