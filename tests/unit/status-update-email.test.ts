import { describe, expect, it } from 'vitest';
import { demoForms } from '@doorstep/demo';
import { caseStatuses, caseStatusLabels, statusUpdateEmail, submissionForEmailSchema } from '@doorstep/domain';

/** The resident's update when a caseworker moves their case (issue 15), from the demo council's missed-bin form. */
const missedBin = demoForms.find((form) => form.slug === 'report-a-missed-bin')!;
const submission = submissionForEmailSchema.parse({
  reference: 'BW-TEST-0001',
  formTitle: missedBin.title,
  formVersion: 1,
  submittedAt: '2026-12-01T09:30:00Z',
  expectedReplyBy: '2026-12-08',
  definitionSnapshot: missedBin,
  answers: { bin: 'recycling' },
});

describe('the status update email', () => {
  it('says each status in plain words', () => {
    expect(caseStatuses.map((status) => caseStatusLabels[status])).toEqual([
      'Received',
      'In progress',
      'Waiting for you',
      'Done',
      'Closed',
    ]);
  });

  it('gives the reference, the form, the status and the caseworker’s message', () => {
    const email = statusUpdateEmail(
      submission,
      { caseStatus: 'resolved', messageToResident: 'We emptied your bin this morning.' },
      'Bramblewick Borough Council',
    );
    expect(email.subject).toBe(`${missedBin.title}: done (BW-TEST-0001)`);
    expect(email.text).toContain(`Bramblewick Borough Council has an update on your form "${missedBin.title}".`);
    expect(email.text).toContain('Your reference number is BW-TEST-0001.');
    expect(email.text).toContain('Status: Done');
    expect(email.text).toContain('Message from Bramblewick Borough Council\nWe emptied your bin this morning.');
  });

  it('heads the message as what is needed when waiting for the resident', () => {
    const { text } = statusUpdateEmail(
      submission,
      { caseStatus: 'waiting-for-resident', messageToResident: 'Send us a photo of the bin.' },
      'Bramblewick Borough Council',
    );
    expect(text).toContain('Status: Waiting for you');
    expect(text).toContain('What we need from you\nSend us a photo of the bin.');
  });

  it('has no message part when the caseworker wrote none', () => {
    const { text } = statusUpdateEmail(
      submission,
      { caseStatus: 'in-progress', messageToResident: null },
      'Bramblewick Borough Council',
    );
    expect(text).toContain('Status: In progress');
    expect(text).not.toContain('Message from');
  });
});
