import { body, slug, summary, updatedAt } from './shared';
import type { Wanted } from './types';

/**
 * Service pages, information pages and community hubs in the council's words. Owner and
 * review by are labelled with the review dates (cms/src/reviews/labels.ts).
 */
export const PAGES: Record<string, Wanted> = {
  'api::service-page.service-page': {
    fields: {
      title: { label: 'Title', description: 'What residents want to do, in their words, like “Report a missed bin”.' },
      slug: slug('after /services/'),
      summary: summary('in lists of services'),
      body,
      serviceArea: {
        label: 'Service area',
        description: 'The area this page is listed under on the site, like Waste and recycling.',
        mainField: 'title',
      },
      supportLevel: {
        label: 'Support level',
        description:
          'How much help residents get with this service, from Level 0 (help in your community) to Level 3 (specialist support). The site says what the level means.',
        mainField: 'label',
      },
      lgslCode: {
        label: 'LGSL code',
        description:
          'The service’s number in the Local Government Services List, so search engines and other sites know which service this is. Leave empty if there is none.',
      },
      taskType: {
        label: 'Kind of task',
        description:
          '“A task residents do” if they apply, pay or report something here: with an online way to contact the service, it is listed on the contact page among the things to do online. Otherwise “Information”.',
      },
      isTopTask: {
        label: 'Top task',
        description: 'A task many residents come for: listed first in its service area, and on the contact page.',
      },
      expectedResponse: {
        label: 'When we reply',
        description: 'How long residents wait for an answer, shown on the page. Leave empty if they do not wait.',
      },
      contactChannels: {
        label: 'Ways to contact the service',
        description: 'Online, phone, email or in person, in the order residents should try them.',
      },
      form: {
        label: 'Web form',
        description: 'The form residents fill in for this service, linked from the page as its start button.',
        mainField: 'title',
      },
      relatedPages: {
        label: 'Related pages',
        description: 'Other service pages listed under “Related” at the end of this one.',
        mainField: 'title',
      },
      communityHubs: {
        label: 'Community hubs',
        description: 'Places where residents can get help with this service in person.',
        mainField: 'name',
      },
      updatedAt,
    },
    list: ['title', 'supportLevel', 'serviceArea', 'updatedAt', 'reviewBy'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  },
  'api::info-page.info-page': {
    fields: {
      title: { label: 'Title', description: 'The page’s heading, like “Accessibility statement”.' },
      slug: slug('straight after the site’s address'),
      summary: summary('in search results'),
      body,
      showInFooter: {
        label: 'Link in the footer',
        description:
          'Lists this page in the footer of every page, as privacy notices and accessibility statements are.',
      },
      updatedAt,
    },
    list: ['title', 'owner', 'reviewBy', 'updatedAt'],
    settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  },
  'api::community-hub.community-hub': {
    fields: {
      name: { label: 'Name', description: 'What residents call the place, like “Bramblewick Library”.' },
      slug: slug('after /community-hubs/'),
      summary: summary('in the list of community hubs'),
      address: {
        label: 'Address',
        description: 'The street address, one part a line, without the town and postcode.',
      },
      town: { label: 'Town', description: 'The town or village, shown with the address.' },
      postcode: {
        label: 'Postcode',
        description: 'In capitals with its space, like BW1 2AB. Residents find the nearest hub by their postcode.',
      },
      latitude: {
        label: 'Latitude',
        description: 'Where the place is on the map, north to south, like 52.6301. Find it on any online map.',
      },
      longitude: {
        label: 'Longitude',
        description: 'Where the place is on the map, east to west, like -1.1287 (negative west of Greenwich).',
      },
      openingTimes: {
        label: 'Opening times',
        description: 'One line for each day it opens. Days without a line are shown as closed.',
      },
      helpAvailable: {
        label: 'Help available',
        description: 'What residents can get help with here, and who helps them.',
      },
      accessibility: {
        label: 'Getting in and around',
        description:
          'Step-free access, parking, toilets, hearing loops: what a resident needs to know before they come.',
      },
      phone: { label: 'Phone number', description: 'The place’s own number, if it has one.' },
      email: { label: 'Email address', description: 'The place’s own address, if it has one.' },
      servicePages: {
        label: 'Services it helps with',
        description: 'The service pages that send residents here for help in person.',
        mainField: 'title',
      },
      updatedAt,
    },
    list: ['name', 'town', 'postcode', 'updatedAt'],
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
  },
};
