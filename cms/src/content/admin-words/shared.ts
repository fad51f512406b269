import type { FieldWords } from './types';

/** A page's web address: the same help wherever a page has one, with where it lives on the site. */
export const slug = (where: string): FieldWords => ({
  label: 'Web address',
  description: `The end of the page’s address on the site, ${where}. Made from the title until the page is first published; change it after that and the old address still leads here.`,
  list: 'Address',
});

export const summary = (what: string): FieldWords => ({
  label: 'Summary',
  description: `One or two sentences shown under the title ${what} and in search results. Say what residents can do here.`,
});

export const body: FieldWords = {
  label: 'Page content',
  description:
    'What residents read on the page. Use headings and short paragraphs; link to other pages by their titles.',
};

/** Strapi's own timestamp, as its column reads. */
export const updatedAt: FieldWords = { label: 'Updated', description: 'When it was last saved.' };
