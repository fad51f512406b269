import { describe, expect, it } from 'vitest';
import { reportableDays } from '../../cms/src/account/home-bins';
import { homePanelHtml } from '../../cms/src/account/home-panel';
import { streetOfLine } from '../../cms/src/account/home-street';

/** The personal panel's rules that need no CMS (issue 16). */
describe('the personal panel', () => {
  it('counts a collection as reportable until the working day after it', () => {
    expect(reportableDays('2026-12-03')).toEqual(['2026-12-02']); // Thursday: Wednesday's
    expect(reportableDays('2026-12-07')).toEqual(['2026-12-06', '2026-12-05', '2026-12-04']); // Monday: back to Friday
    expect(reportableDays('2026-12-06')).toEqual(['2026-12-05', '2026-12-04']); // Sunday
  });

  it('reads the street from an address line', () => {
    expect(streetOfLine('Flat 2, 12a St Mary’s Rd')).toBe('saint marys road');
    expect(streetOfLine('47 Juniper Wynd')).toBe('juniper wynd');
    expect(streetOfLine('12')).toBe('');
  });

  it('escapes everything it was given and puts a missed bin first when there is one', () => {
    const html = homePanelHtml(
      {
        requests: [
          {
            reference: 'BW-<1>',
            formTitle: '<script>alert(1)</script>',
            status: 'received',
            statusText: 'Received',
            submittedAt: '2026-12-01T10:00:00.000Z',
            replyBy: '2026-12-02',
            late: true,
          },
        ],
        street: { kind: 'not-ours', postcode: '<b>', street: '' },
        bins: {
          streetName: 'Holly <Grove>',
          next: [{ date: '2026-12-09', bins: ['rubbish'] }],
          recent: { date: '2026-12-02', bins: ['rubbish', 'recycling'] },
          names: { rubbish: 'Black <bin>' },
        },
        hub: null,
        tasks: [],
      },
      '2026-12-03',
    );
    expect(html).not.toMatch(/<script>|<b>|<1>|<Grove>|<bin>/);
    expect(html).toContain('Your bins were collected yesterday (Black &lt;bin&gt;, Recycling)');
    expect(html.indexOf('Report a missed bin')).toBeLessThan(html.indexOf('Your open requests'));
    expect(html).toContain('<strong class="govuk-tag govuk-tag--red">Late</strong>');
  });
});
