import { readFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import { problemInWords, toldInWords, type LabelsOf } from '../../cms/src/content/problems-in-words';

/**
 * Publish refusals in the council's words (issue 17, item 6): a problem's field path
 * becomes the labels editors see in the edit view, counted from 1, through components.
 * The labels here are the ones cms/src/content/admin-words gives those fields.
 */
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../cms/src/${file}`, import.meta.url), 'utf8')) as unknown;
const SERVICE_PAGE = 'api::service-page.service-page';
const strapi = {
  contentTypes: { [SERVICE_PAGE]: read('api/service-page/content-types/service-page/schema.json') },
  components: { 'service.contact-channel': read('components/service/contact-channel.json') },
} as unknown as Core.Strapi;
const LABELS: Record<string, Record<string, string>> = {
  [SERVICE_PAGE]: { serviceArea: 'Service area', contactChannels: 'Ways to contact the service', body: 'Page content' },
  'service.contact-channel': { value: 'Where' },
};
const labelsOf: LabelsOf = (uid) => LABELS[uid];
const inWords = (problem: string) => problemInWords(strapi, labelsOf, SERVICE_PAGE, problem);

describe('problemInWords', () => {
  it('names a field by its label', () => {
    expect(inWords('serviceArea: Choose a service area before publishing')).toBe(
      'Service area: Choose a service area before publishing',
    );
  });

  it('counts list items and rich text blocks from 1, through a component to its own fields', () => {
    expect(inWords('contactChannels[1].value: Enter a phone number')).toBe(
      'Ways to contact the service, item 2, Where: Enter a phone number',
    );
    expect(inWords('body[0]: A page has one main heading')).toBe('Page content, block 1: A page has one main heading');
    expect(inWords('body[2].children[1].url: Link must start with https://')).toBe(
      'Page content, block 3: Link must start with https://',
    );
  });

  it('leaves a problem with no field path as it is, and a field with no label by its name', () => {
    expect(inWords('Question 2, Call us now: There is no question called "x"')).toBe(
      'Question 2, Call us now: There is no question called "x"',
    );
    expect(inWords('mystery.deeper: Odd')).toBe('mystery, deeper: Odd');
    expect(inWords('No place here')).toBe('No place here');
  });

  it('is for the types editors write; imported data (verges, bin rounds) keeps its field names', () => {
    expect(toldInWords(SERVICE_PAGE)).toBe(true);
    expect(toldInWords('api::form-definition.form-definition')).toBe(true);
    expect(toldInWords('api::verge.verge')).toBe(false);
    expect(toldInWords('api::bin-round.bin-round')).toBe(false);
  });
});
