/**
 * A resident's browser, as far as the account cares: a cookie jar, the form token
 * from the last page, and the headers a browser sends with a same-origin post.
 * `base` is the CMS (`/api/account/…`) or the site server (`/account/…`).
 */
export class ResidentBrowser {
  readonly cookies = new Map<string, string>();
  formToken = '';
  lastSetCookies: string[] = [];

  constructor(
    readonly base: string,
    readonly accountPrefix: '/api/account' | '/account',
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  path(rest: string): string {
    return `${this.base}${this.accountPrefix}${rest}`;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: Response): void {
    this.lastSetCookies = response.headers.getSetCookie();
    for (const line of this.lastSetCookies) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/Max-Age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(
    rest: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; html: string; response: Response }> {
    const response = await fetch(this.path(rest), {
      redirect: 'manual',
      headers: {
        Accept: 'text/html',
        Cookie: this.cookieHeader(),
        'Sec-Fetch-Site': 'none',
        ...this.extraHeaders,
        ...headers,
      },
    });
    this.remember(response);
    const html = await response.text();
    const token = /name="formToken" value="([0-9a-f]{64})"/.exec(html)?.[1];
    if (token) this.formToken = token;
    return { status: response.status, html, response };
  }

  async post(
    rest: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; html: string; response: Response }> {
    const response = await fetch(this.path(rest), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        Accept: 'text/html',
        'Content-Type': 'application/x-www-form-urlencoded',
        Cookie: this.cookieHeader(),
        'Sec-Fetch-Site': 'same-origin',
        ...this.extraHeaders,
        ...headers,
      },
      body: new URLSearchParams({ formToken: this.formToken, ...fields }).toString(),
    });
    this.remember(response);
    const html = await response.text();
    const token = /name="formToken" value="([0-9a-f]{64})"/.exec(html)?.[1];
    if (token) this.formToken = token;
    return { status: response.status, html, response };
  }

  /** Asks for a code and reads it, and the link, from the email. */
  async requestCode(email: string, mailboxUrl: string): Promise<{ code: string; link: string | null }> {
    if (!this.formToken) await this.get('/sign-in');
    const since = await mailCount(mailboxUrl, email);
    const asked = await this.post('/sign-in', { email });
    if (asked.status !== 200)
      throw new Error(`Asking for a code answered ${asked.status}: ${asked.html.slice(0, 300)}`);
    const mail = await waitForMailAfter(mailboxUrl, email, since);
    const code = /^(\d{6})$/m.exec(mail.text)?.[1];
    if (!code) throw new Error(`No code in the email: ${mail.text}`);
    return { code, link: /(https?:\/\/\S+\/account\/continue\?\S+)/.exec(mail.text)?.[1] ?? null };
  }

  async signIn(email: string, mailboxUrl: string): Promise<void> {
    const { code } = await this.requestCode(email, mailboxUrl);
    const verified = await this.post('/verify', { email, code });
    if (verified.status !== 303)
      throw new Error(`Verifying answered ${verified.status}: ${verified.html.slice(0, 500)}`);
  }
}

/** How many codes the mailbox holds for an address: a test waits for the next one after it. */
export async function mailCount(mailboxUrl: string, to: string): Promise<number> {
  return (await codeMails(mailboxUrl, to)).length;
}

/** The sign-in and resume codes emailed to an address, oldest first. */
async function codeMails(mailboxUrl: string, to: string) {
  const mails = (await (await fetch(mailboxUrl)).json()) as Array<{ to: string[]; text: string; subject: string }>;
  return mails.filter((mail) => mail.to.includes(to) && /code/i.test(mail.subject));
}

async function waitForMailAfter(mailboxUrl: string, to: string, since: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mine = await codeMails(mailboxUrl, to);
    const latest = mine[mine.length - 1];
    if (mine.length > since && latest) return latest;
    if (Date.now() > deadline) throw new Error(`No new email to ${to} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
