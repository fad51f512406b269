import { assertNever, longDate } from '@doorstep/domain';

export type ReminderKind = 'month-before' | 'overdue';

export interface Reminder {
  kind: ReminderKind;
  title: string;
  typeLabel: string;
  reviewBy: string;
  /** The page's edit view in the admin panel, when the CMS knows its own address. */
  editUrl: string | null;
}

/** The email an owner gets: what is due, by when, and how to say it is still right. */
export function reminderEmail(council: string, reminder: Reminder): { subject: string; text: string } {
  const when = longDate(reminder.reviewBy);
  const lead = ((): { subject: string; first: string } => {
    switch (reminder.kind) {
      case 'month-before':
        return {
          subject: `Review due by ${when}: ${reminder.title}`,
          first: `The page “${reminder.title}” is due for review by ${when}. You are its owner.`,
        };
      case 'overdue':
        return {
          subject: `Review overdue: ${reminder.title}`,
          first: `The page “${reminder.title}” was due for review by ${when}, and has not been reviewed. You are its owner.`,
        };
      default:
        return assertNever(reminder.kind);
    }
  })();
  const lines = [
    lead.first,
    '',
    'Check that everything on it is still right: what the service is, who can use it, how to get it and what happens next.',
    'Change what is not, then choose “Mark as reviewed” on the page in the admin panel. Its next review will be in 12 months.',
    ...(reminder.editUrl ? ['', `${reminder.typeLabel} in the admin panel:`, reminder.editUrl] : []),
    '',
    council,
  ];
  return { subject: lead.subject, text: lines.join('\n') };
}
