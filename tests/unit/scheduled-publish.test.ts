import { describe, expect, it } from 'vitest';
import { failureEmail } from '../../cms/src/schedules/schedule-email';

describe('the email to the Editor whose schedule failed (cms/src/schedules/schedule-email.ts)', () => {
  const failed = {
    title: 'Christmas opening hours',
    typeLabel: 'Information page',
    action: 'publish',
    when: '24 Dec 2026, 9:00am',
    problems: ['summary: Write a summary', 'body[0]: Use heading level 2 or lower'],
    editUrl: 'https://cms.bramblewick.example/admin/content-manager/collection-types/api::info-page.info-page/abc',
  };

  it('names the document, the time, every reason, what to do and where, signed by the council', () => {
    const { subject, text } = failureEmail('Bramblewick Borough Council', failed);
    expect(subject).toBe('Not published on schedule: Christmas opening hours');
    expect(text.split('\n')).toEqual([
      '“Christmas opening hours” (information page) was scheduled to be published on 24 Dec 2026, 9:00am, UK time.',
      'It was not published, because:',
      '- summary: Write a summary',
      '- body[0]: Use heading level 2 or lower',
      '',
      'Fix the draft, then publish it or schedule it again in its “Schedule” side panel.',
      '',
      'Information page in the admin panel:',
      failed.editUrl,
      '',
      'Bramblewick Borough Council',
    ]);
  });

  it('says unpublished for an unpublish, and leaves out the link when the CMS does not know its address', () => {
    const { subject, text } = failureEmail('Bramblewick Borough Council', {
      ...failed,
      action: 'unpublish',
      problems: ['It was not published, so there was nothing to unpublish.'],
      editUrl: null,
    });
    expect(subject).toBe('Not unpublished on schedule: Christmas opening hours');
    expect(text).toContain(
      'It was not unpublished, because:\n- It was not published, so there was nothing to unpublish.',
    );
    expect(text).toContain('Check the page, then unpublish it or schedule it again');
    expect(text).not.toContain('in the admin panel:');
  });
});
