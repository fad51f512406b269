/** The in-process SMTP server `npm start` runs for local use, and the tests read. */
export { startMailbox, waitForMail, type Mailbox, type ReceivedMail } from '../../scripts/lib/mailbox';
