import type { SeedContactChannel } from '@doorstep/domain';

/**
 * Bramblewick Borough Council's service teams. Every phone number is in Ofcom's
 * drama range (01632 960000 to 01632 960999) and every email uses the reserved
 * .example domain, so no demo contact detail can reach a real person.
 */
export interface Team {
  /** Private owner of the team's service pages. */
  owner: string;
  phone: SeedContactChannel;
  email: SeedContactChannel;
}

const OFFICE_HOURS = 'Monday to Friday, 9am to 5pm';

function team(name: string, inbox: string, phone: string, availability = OFFICE_HOURS): Team {
  const address = `${inbox}@bramblewick.example`;
  return {
    owner: address,
    phone: { kind: 'phone', label: `Call the ${name}`, value: phone, availability },
    email: { kind: 'email', label: `Email the ${name}`, value: address },
  };
}

export const teams = {
  contactCentre: team('contact centre', 'contact', '01632 960 100', 'Monday to Friday, 8:30am to 5:30pm'),
  waste: team('waste and recycling team', 'waste', '01632 960 110', 'Monday to Friday, 8am to 5pm'),
  councilTax: team('council tax team', 'counciltax', '01632 960 120'),
  benefits: team('benefits team', 'benefits', '01632 960 130'),
  housing: team(
    'housing options team',
    'housing',
    '01632 960 140',
    'Monday to Friday, 9am to 5pm. At other times, call 01632 960 999',
  ),
  adaptations: team('home adaptations team', 'adaptations', '01632 960 145'),
  licensing: team('licensing team', 'licensing', '01632 960 150'),
  feedback: team('customer feedback team', 'feedback', '01632 960 160'),
  socialCareComplaints: team('social care complaints officer', 'socialcare.complaints', '01632 960 165'),
  information: team('information governance team', 'information', '01632 960 170'),
  highways: team('highways team', 'highways', '01632 960 180', '24 hours a day for dangerous problems'),
  parking: team('parking services team', 'parking', '01632 960 190'),
  adultCare: team('adult social care team', 'adultcare', '01632 960 200', 'Monday to Friday, 8:30am to 5pm'),
  safeguardingAdults: team(
    'adult safeguarding team',
    'safeguarding.adults',
    '01632 960 210',
    'Monday to Friday, 8:30am to 5pm. At other times, call 01632 960 999',
  ),
  children: team(
    "children's advice and support service",
    'children',
    '01632 960 220',
    'Monday to Friday, 8:30am to 5pm. At other times, call 01632 960 999',
  ),
  fostering: team('fostering team', 'fostering', '01632 960 230'),
  send: team('special educational needs team', 'send', '01632 960 240'),
  community: team('community support team', 'community', '01632 960 300'),
} satisfies Record<string, Team>;

/** The self-service route: a form, map or payment on this site, or on GOV.UK. */
export const online = (label: string, value: string): SeedContactChannel => ({ kind: 'online', label, value });

export const inPerson = (label: string, value: string, availability?: string): SeedContactChannel =>
  availability ? { kind: 'in-person', label, value, availability } : { kind: 'in-person', label, value };

/** The face-to-face help point for supported (level 2) services. */
export const civicCentreHelpPoint = inPerson(
  'Visit the Civic Centre help point',
  'Civic Centre, Market Square, Bramblewick BW1 1AA',
  'Monday to Friday, 9am to 4:30pm. No appointment needed',
);
