/**
 * Words for the values editors and caseworkers choose from, in the council's words. The
 * admin panel (cms/src/admin/app.tsx) looks an option's label up as a message id (its enumeration input and list filters), so one
 * translation per stored value labels it everywhere without changing what is stored.
 * A value shared by two fields ("information") gets one label that suits both.
 * tests/unit/admin-labels.test.ts checks every enumeration value has one.
 */
export const ENUM_LABELS: Readonly<Record<string, string>> = {
  // Service pages
  action: 'A task residents do',
  information: 'Information',
  'level-0': 'Level 0: help in your community',
  'level-1': 'Level 1: do it online',
  'level-2': 'Level 2: online, with help if you need it',
  'level-3': 'Level 3: specialist support',
  online: 'Online',
  phone: 'Phone',
  email: 'Email',
  'in-person': 'In person',
  hours: 'Hours',
  'working-days': 'Working days',
  'calendar-days': 'Calendar days',
  weeks: 'Weeks',
  // Alert banners
  warning: 'Warning',
  urgent: 'Urgent',
  site: 'Every page',
  targeted: 'Chosen areas and pages',
  // Site settings
  alpha: 'Alpha',
  beta: 'Beta',
  live: 'Live',
  // Community hubs
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
  // Form submissions and their emails
  received: 'Received',
  'in-progress': 'In progress',
  'waiting-for-resident': 'Waiting for the resident',
  resolved: 'Resolved',
  closed: 'Closed',
  'team-notification': 'To the service team',
  'resident-confirmation': 'Confirmation to the resident',
  'status-update': 'Update to the resident',
  pending: 'Waiting to send',
  sent: 'Sent',
  failed: 'Failed',
  // Verges
  'urban-amenity': 'Urban amenity grass',
  'rural-verge': 'Rural verge',
  'visibility-splay': 'Visibility splay',
  fine: 'No problems',
  'problem-reported': 'Problem reported',
  'cut-overdue': 'Cut overdue',
  scheduled: 'Scheduled',
  done: 'Done',
  skipped: 'Skipped',
  // Bin collection rounds (the weekdays are the hubs' above)
  rubbish: 'General rubbish',
  recycling: 'Recycling',
  'garden-waste': 'Garden waste',
  'food-waste': 'Food waste',
  black: 'Black',
  grey: 'Grey',
  blue: 'Blue',
  green: 'Green',
  brown: 'Brown',
  purple: 'Purple',
};
