/** The email to the Editor whose schedule failed: what, when, every reason, and where to fix it. */
export function failureEmail(
  council: string,
  failed: {
    title: string;
    typeLabel: string;
    action: string;
    when: string;
    problems: string[];
    editUrl: string | null;
  },
): { subject: string; text: string } {
  const verb = failed.action === 'publish' ? 'published' : 'unpublished';
  const lines = [
    `“${failed.title}” (${failed.typeLabel.toLowerCase()}) was scheduled to be ${verb} on ${failed.when}, UK time.`,
    `It was not ${verb}, because:`,
    ...failed.problems.map((problem) => `- ${problem}`),
    '',
    failed.action === 'publish'
      ? 'Fix the draft, then publish it or schedule it again in its “Schedule” side panel.'
      : 'Check the page, then unpublish it or schedule it again in its “Schedule” side panel.',
    ...(failed.editUrl ? ['', `${failed.typeLabel} in the admin panel:`, failed.editUrl] : []),
    '',
    council,
  ];
  return { subject: `Not ${verb} on schedule: ${failed.title}`, text: lines.join('\n') };
}
