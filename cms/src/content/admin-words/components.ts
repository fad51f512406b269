import { FORM_COMPONENTS } from './forms';
import type { Wanted } from './types';

/** Every component in the council's words, by its uid (cms/src/components/<category>/<name>.json). */
export const COMPONENTS: Record<string, Wanted> = {
  ...FORM_COMPONENTS,
  'hub.opening-time': {
    fields: {
      day: { label: 'Day', description: 'One line for each day the place opens.' },
      opens: { label: 'Opens', description: 'In 24-hour time, like 09:00.' },
      closes: { label: 'Closes', description: 'In 24-hour time, like 17:30.' },
      note: { label: 'Note', description: 'Shown beside the times, like “Closed for lunch 1pm to 2pm”.' },
    },
    settings: { mainField: 'day' },
  },
  'service.contact-channel': {
    fields: {
      kind: { label: 'How', description: 'Online, phone, email or in person.' },
      label: {
        label: 'Link or heading text',
        description: 'What residents read, like “Report it online” or “Call us”.',
      },
      value: {
        label: 'Where',
        description: 'The web address, phone number, email address or place, like 01632 960 000.',
      },
      availability: { label: 'When', description: 'Like “Monday to Friday, 9am to 5pm”. Leave empty for any time.' },
    },
    settings: { mainField: 'label' },
  },
  'service.expected-response': {
    fields: {
      amount: { label: 'How many', description: 'The number of hours, days or weeks, like 10.' },
      unit: { label: 'Of what', description: 'Working days leave out weekends and bank holidays.' },
      sentence: {
        label: 'More about the reply',
        description: 'A sentence after “We aim to reply within 10 working days.”, like what happens in that time.',
      },
    },
    settings: { mainField: 'sentence' },
  },
  'bins.service': {
    fields: {
      bin: { label: 'Bin', description: 'Which collection this is.' },
      name: { label: 'Name', description: 'What residents call it here, if not the usual, like “Blue box”.' },
      colour: { label: 'Colour', description: 'The bin’s colour, shown beside its name.' },
      weekday: { label: 'Day', description: 'The day of the week it is collected.' },
      everyWeeks: { label: 'Every (weeks)', description: '1 for every week, 2 for every other week.' },
      firstCollection: {
        label: 'First collection',
        description: 'A date it was or will be collected: the next dates are counted from it.',
      },
    },
    settings: { mainField: 'bin' },
  },
  'bins.exception': {
    fields: {
      originalDate: { label: 'Day it was due', description: 'The usual collection day that moves.' },
      newDate: { label: 'Day it moves to', description: 'When residents should put the bin out instead.' },
      bin: { label: 'Bin', description: 'Leave empty to move every bin due that day.' },
      reason: { label: 'Why', description: 'Shown to residents, like “Christmas Day”.' },
    },
    settings: { mainField: 'reason' },
  },
  'verge.cut': {
    fields: {
      scheduledFrom: { label: 'Planned from', description: 'The first day of the window, or the day of the cut.' },
      scheduledTo: { label: 'Planned until', description: 'The last day of the window. Leave empty for a single day.' },
      status: { label: 'Status', description: 'Planned, done or skipped.' },
      skipReason: { label: 'Why it was skipped', description: 'Needed when it was skipped, like “Too wet to cut”.' },
      completedOn: { label: 'Cut on', description: 'The day it was cut. Needed when it is done.' },
    },
    settings: { mainField: 'scheduledFrom' },
  },
};
