/**
 * What `npm start` prints once everything is up: where each part is and a login for
 * every role. The README shows the same lines (tests/unit/readme-claims.test.ts).
 */
export interface Logins {
  EDITOR_EMAIL: string;
  EDITOR_PASSWORD: string;
  AUTHOR_EMAIL: string;
  AUTHOR_PASSWORD: string;
  ADMIN_EMAIL: string;
  ADMIN_PASSWORD: string;
  SERVICE_TEAM_EMAIL: string;
  SERVICE_TEAM_PASSWORD: string;
}

/** `mailbox`: where the local mailbox shows emails, when `npm start` runs one. */
export function readyLines(logins: Logins, mailbox: string | null): string[] {
  const residents = mailbox
    ? [
        `  Emails          ${mailbox}   (every email the CMS sends: sign-in codes, confirmations)`,
        `  Resident        any email address at http://127.0.0.1:4321/account/; the code arrives at ${mailbox}`,
      ]
    : ['  Resident        any email address at http://127.0.0.1:4321/account/; the code is emailed over SMTP_HOST'];
  return [
    '  Resident site   http://127.0.0.1:4321/   (rebuilds itself when you publish)',
    '  CMS admin       http://127.0.0.1:1337/admin',
    '  GraphQL API     http://127.0.0.1:1337/graphql',
    '',
    `  Editor login    ${logins.EDITOR_EMAIL}  /  ${logins.EDITOR_PASSWORD}   (writes and publishes)`,
    `  Author login    ${logins.AUTHOR_EMAIL}  /  ${logins.AUTHOR_PASSWORD}   (writes drafts)`,
    `  Service team    ${logins.SERVICE_TEAM_EMAIL}  /  ${logins.SERVICE_TEAM_PASSWORD}   (works form submissions)`,
    `  Admin login     ${logins.ADMIN_EMAIL}  /  ${logins.ADMIN_PASSWORD}`,
    ...residents,
  ];
}
