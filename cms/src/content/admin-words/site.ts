import { slug, summary, updatedAt } from './shared';
import type { Wanted } from './types';

/** Alert banners, service areas, support levels, the site settings and search, in the council's words. */
export const SITE: Record<string, Wanted> = {
  'api::alert-banner.alert-banner': {
    fields: {
      title: { label: 'Heading', description: 'The banner’s first words, in bold, like “Bin collections delayed”.' },
      message: {
        label: 'Message',
        description: 'What has happened and what residents should do, in a sentence or two.',
      },
      severity: {
        label: 'How serious',
        description: 'Information, a warning, or urgent (a risk to people or property): sets the banner’s colour.',
      },
      linkUrl: {
        label: 'Link address',
        description:
          'Where residents find out more: a page on this site, like /services/report-a-missed-bin/, or a full web address.',
      },
      linkText: {
        label: 'Link text',
        description: 'The words of the link, like “Check your bin day”. Needed with a link address.',
      },
      startsAt: { label: 'Show from', description: 'When the banner appears on the site, in UK time.' },
      endsAt: {
        label: 'Show until',
        description: 'When it disappears. Leave empty to show it until you unpublish it.',
      },
      scope: {
        label: 'Where it shows',
        description: 'On every page, or only on the service areas and service pages chosen below.',
      },
      serviceAreas: {
        label: 'Service areas',
        description: 'With “Chosen areas and pages”: shown on these areas and every service page in them.',
        mainField: 'title',
      },
      servicePages: {
        label: 'Service pages',
        description: 'With “Chosen areas and pages”: shown on these pages.',
        mainField: 'title',
      },
    },
    list: ['title', 'severity', 'scope', 'startsAt', 'endsAt'],
    settings: { mainField: 'title', defaultSortBy: 'startsAt', defaultSortOrder: 'DESC' },
  },
  'api::service-area.service-area': {
    fields: {
      title: { label: 'Title', description: 'The area’s name residents look for, like “Waste and recycling”.' },
      slug: slug('after /areas/'),
      summary: summary('on the home page and in the list of service areas'),
      servicePages: {
        label: 'Service pages',
        description: 'The pages listed in this area. Choose a page’s area on the page itself.',
        mainField: 'title',
      },
      updatedAt,
    },
    list: ['title', 'summary', 'updatedAt'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  },
  'api::support-level.support-level': {
    fields: {
      key: { label: 'Level', description: 'Fixed: the four levels are part of Doorstep. You can change the wording.' },
      rank: { label: 'Number', description: 'Fixed: 0 is the least help, 3 the most.' },
      label: {
        label: 'Shown to editors as',
        description: 'The number and name, as editors see the level when they choose one for a page. Follows the name.',
        editable: false,
      },
      name: { label: 'Name', description: 'What residents read, like “Do it online”.' },
      summary: {
        label: 'Summary',
        description: 'One or two sentences on each service page at this level, saying what help residents get.',
      },
      explanation: {
        label: 'Explanation',
        description: 'The longer account on the support levels page: who helps, and how to ask for more help.',
      },
      servicePages: {
        label: 'Service pages',
        description: 'The pages at this level. Choose a page’s level on the page itself.',
        mainField: 'title',
      },
      updatedAt,
    },
    list: ['label', 'summary', 'updatedAt'],
    settings: { mainField: 'label', defaultSortBy: 'rank', defaultSortOrder: 'ASC' },
  },
  'api::site-setting.site-setting': {
    fields: {
      councilName: {
        label: 'Council’s name',
        description:
          'As residents know it, like “Bramblewick District Council”: in the header, page titles and emails.',
      },
      contactPhone: {
        label: 'Phone number',
        description: 'The main number residents call, on the contact page and in the footer.',
      },
      contactPhoneHours: {
        label: 'When the phone lines are open',
        description: 'Like “Monday to Friday, 9am to 5pm”.',
      },
      contactEmail: { label: 'Email address', description: 'The main address residents write to.' },
      address: { label: 'Postal address', description: 'Where residents send letters, one part a line.' },
      urgentHelp: {
        label: 'Urgent help',
        description: 'What to do in an emergency or out of hours, on the contact page.',
      },
      outOfHoursPhone: {
        label: 'Out of hours phone number',
        description: 'For emergencies when the offices are closed.',
      },
      phase: {
        label: 'Site phase',
        description: 'Alpha or Beta show a banner on every page asking what residents think; Live shows none.',
      },
    },
  },
  'api::search-synonym.search-synonym': {
    fields: {
      terms: {
        label: 'Words that mean the same',
        description:
          'Separated by commas, like “bin, rubbish, waste”: a search for any of them finds pages that use the others.',
      },
      updatedAt,
    },
    list: ['terms', 'updatedAt'],
    settings: { mainField: 'terms', defaultSortBy: 'terms', defaultSortOrder: 'ASC' },
  },
  'api::search-best-bet.search-best-bet': {
    fields: {
      phrase: {
        label: 'What residents search for',
        description: 'A word or phrase, like “council tax”. Searches for it show the page below first.',
      },
      servicePage: {
        label: 'Page to show first',
        description: 'The service page residents searching for it most likely want.',
        mainField: 'title',
      },
      updatedAt,
    },
    list: ['phrase', 'servicePage', 'updatedAt'],
    settings: { mainField: 'phrase', defaultSortBy: 'phrase', defaultSortOrder: 'ASC' },
  },
};
