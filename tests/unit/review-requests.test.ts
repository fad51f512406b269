import { describe, expect, it } from 'vitest';
import { EDITORIAL_TYPE_NAMES, EDITORIAL_TYPES, editorialTypeOfUid } from '../../cms/src/editorial-types';
import { requestEmail } from '../../cms/src/review-requests/request-email';

describe("the Editors' email when a review is asked (cms/src/review-requests/request-email.ts)", () => {
  const asked = {
    title: 'Visiting the council offices',
    typeLabel: 'Information page',
    askedBy: 'Demo Author',
    note: 'New opening hours from January.',
    editUrl: 'https://cms.bramblewick.example/admin/content-manager/collection-types/api::info-page.info-page/abc',
  };

  it('names the draft, who asked, their note and its edit view, signed by the council', () => {
    const { subject, text } = requestEmail('Bramblewick Borough Council', asked);
    expect(subject).toBe('Ready for review: Visiting the council offices');
    expect(text.split('\n')).toEqual([
      'Demo Author has asked for a review of “Visiting the council offices” (information page).',
      '',
      'Their note:',
      'New opening hours from January.',
      '',
      'Check it, then publish it, or choose “Send back” in its side panel with a note saying what to change.',
      'Everything waiting is listed under “Ready for review” in the admin panel.',
      '',
      'Information page in the admin panel:',
      asked.editUrl,
      '',
      'Bramblewick Borough Council',
    ]);
  });

  it('leaves out the note and the link when there are none', () => {
    const { text } = requestEmail('Bramblewick Borough Council', { ...asked, note: null, editUrl: null });
    expect(text).not.toContain('Their note');
    expect(text).not.toContain('in the admin panel:');
  });
});

describe('the types an Author may ask to have reviewed', () => {
  it('are five, each named as its content type is (the admin’s edit links rely on it)', () => {
    expect(EDITORIAL_TYPE_NAMES).toEqual([
      'service-page',
      'info-page',
      'community-hub',
      'form-definition',
      'alert-banner',
    ]);
    for (const type of EDITORIAL_TYPE_NAMES) expect(EDITORIAL_TYPES[type].uid).toBe(`api::${type}.${type}`);
    expect(editorialTypeOfUid('api::community-hub.community-hub')).toBe('community-hub');
    expect(editorialTypeOfUid('api::verge.verge')).toBeUndefined();
  });
});
