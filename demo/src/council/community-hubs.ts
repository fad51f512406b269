import type { SeedCommunityHub } from '@doorstep/domain';
import { p, ul } from './blocks.js';

/**
 * Places across the borough where residents get help in person (level 0 and
 * supported level 2 services). Addresses, postcodes (the fictional "BW" area)
 * and coordinates are invented; `address` holds the street lines and town, and
 * the postcode is kept in its own field.
 */
export const communityHubs: SeedCommunityHub[] = [
  {
    slug: 'bramblewick-central-library',
    name: 'Bramblewick Central Library',
    summary:
      'Town centre library and community hub with free computers, Wi-Fi, digital help, a warm space and a weekly money advice drop-in.',
    address: '14 Chapel Row\nBramblewick',
    town: 'Bramblewick',
    postcode: 'BW1 2AB',
    latitude: 52.2614,
    longitude: -1.4012,
    openingTimes: [
      { day: 'monday', opens: '09:00', closes: '17:00' },
      { day: 'tuesday', opens: '09:00', closes: '17:00' },
      { day: 'wednesday', opens: '09:00', closes: '17:00' },
      { day: 'thursday', opens: '09:00', closes: '19:00', note: 'Late opening' },
      { day: 'friday', opens: '09:00', closes: '17:00' },
      { day: 'saturday', opens: '10:00', closes: '16:00' },
    ],
    helpAvailable: [
      p(
        'Library staff and volunteers can help you find information and use council services online. You do not need to be a library member.',
      ),
      ul(
        'free computers, printing up to 10 pages a day, and Wi-Fi',
        'digital help sessions on Mondays and Thursdays, 2pm to 4pm',
        'Bramblewick Money Advice drop-in on Tuesdays, 10am to 1pm',
        'help to apply for Council Tax Reduction and Housing Benefit, and to scan your evidence',
        'a warm space from November to March',
      ),
    ],
    accessibility:
      'Step-free entrance from Chapel Row with automatic doors. Lift to all floors. Hearing loop at the help desk. Accessible toilet with baby changing on the ground floor. 2 Blue Badge parking spaces behind the library; the nearest public car park is Chapel Row car park, 100 metres away.',
    phone: '01632 960 301',
    email: 'central.library@bramblewick.example',
    services: [
      'get-help-to-go-online',
      'free-money-and-debt-advice',
      'warm-spaces',
      'apply-for-council-tax-reduction',
      'apply-for-housing-benefit',
      'get-help-paying-council-tax',
    ],
  },
  {
    slug: 'civic-centre-help-point',
    name: 'Civic Centre help point',
    summary:
      'Face-to-face help with council services, including housing, benefits, council tax and parking. No appointment needed.',
    address: 'Civic Centre\nMarket Square\nBramblewick',
    town: 'Bramblewick',
    postcode: 'BW1 1AA',
    latitude: 52.2598,
    longitude: -1.3987,
    openingTimes: [
      { day: 'monday', opens: '09:00', closes: '16:30' },
      { day: 'tuesday', opens: '09:00', closes: '16:30' },
      { day: 'wednesday', opens: '10:00', closes: '16:30', note: 'Opens at 10am for staff training' },
      { day: 'thursday', opens: '09:00', closes: '16:30' },
      { day: 'friday', opens: '09:00', closes: '16:30' },
    ],
    helpAvailable: [
      p(
        'Customer advisers can help you with most council services. Specialist officers from housing and benefits are here every day.',
      ),
      ul(
        'urgent housing help if you are homeless or about to lose your home',
        'help to apply for Council Tax Reduction, Housing Benefit and emergency support grants',
        'payment plans if you are struggling to pay council tax',
        'help to challenge a parking fine or report a problem with a rented home',
        'free phones and computers to contact council services',
      ),
    ],
    accessibility:
      "Step-free entrance on Market Square with a ramp and automatic doors. Hearing loops at every counter. Private interview rooms on the ground floor. Accessible toilet and Changing Places toilet. BSL interpreters can be booked with 2 working days' notice. Blue Badge parking in the Civic Centre car park.",
    phone: '01632 960 100',
    email: 'contact@bramblewick.example',
    services: [
      'homelessness-advice',
      'apply-to-join-the-housing-register',
      'report-a-problem-with-a-rented-home',
      'apply-for-council-tax-reduction',
      'apply-for-housing-benefit',
      'apply-for-a-discretionary-housing-payment',
      'apply-for-an-emergency-support-grant',
      'get-help-paying-council-tax',
      'challenge-a-parking-fine',
      'apply-for-a-taxi-or-private-hire-driver-licence',
      'report-a-pothole',
      'apply-for-a-dropped-kerb',
      'take-your-complaint-further',
    ],
  },
  {
    slug: 'kestrel-vale-community-centre',
    name: 'Kestrel Vale Community Centre',
    summary:
      'Community centre with a food bank, repair café, coffee mornings and community transport bookings for Kestrel Vale and nearby villages.',
    address: '2 Heron Way\nKestrel Vale',
    town: 'Kestrel Vale',
    postcode: 'BW2 4KD',
    latitude: 52.3012,
    longitude: -1.4523,
    openingTimes: [
      { day: 'monday', opens: '09:00', closes: '16:00' },
      { day: 'tuesday', opens: '09:00', closes: '16:00' },
      { day: 'wednesday', opens: '09:00', closes: '20:00', note: 'Repair café on the third Wednesday, 6pm to 8pm' },
      { day: 'thursday', opens: '09:00', closes: '16:00' },
      { day: 'friday', opens: '09:00', closes: '16:00' },
      { day: 'saturday', opens: '10:00', closes: '12:00', note: 'Food bank only' },
    ],
    helpAvailable: [
      p('The centre is run by Kestrel Vale Community Association with support from the council.'),
      ul(
        'food bank on Tuesdays and Saturdays, 10am to 12 noon',
        'coffee morning and befriending on Tuesdays, 10am to 12 noon',
        'repair café on the third Wednesday of the month',
        'community transport bookings and information',
        'litter-picking kit to borrow',
        'a warm space from November to March',
      ),
    ],
    accessibility:
      'Single-storey building with step-free access throughout. Hearing loop in the main hall. Accessible toilet. Free car park with 3 Blue Badge spaces. The 14 bus stops outside.',
    phone: '01632 960 302',
    email: 'kestrelvale.centre@bramblewick.example',
    services: [
      'food-banks-and-community-pantries',
      'befriending-and-social-groups',
      'repair-cafes-and-reuse',
      'community-transport',
      'community-verge-and-litter-groups',
      'warm-spaces',
    ],
  },
  {
    slug: 'oakhurst-library',
    name: 'Oakhurst Library',
    summary:
      'Library with free computers, energy advice, a monthly repair café and help with council services for Oakhurst.',
    address: '3 Acorn Parade\nOakhurst',
    town: 'Oakhurst',
    postcode: 'BW3 6PL',
    latitude: 52.2236,
    longitude: -1.3651,
    openingTimes: [
      { day: 'monday', opens: '09:30', closes: '17:00' },
      { day: 'tuesday', opens: '09:30', closes: '17:00' },
      { day: 'thursday', opens: '09:30', closes: '19:00', note: 'Late opening' },
      { day: 'friday', opens: '09:30', closes: '17:00' },
      { day: 'saturday', opens: '10:00', closes: '13:00', note: 'Repair café on the first Saturday' },
    ],
    helpAvailable: [
      p('Staff and volunteers can help you get online and find the right help.'),
      ul(
        'free computers, Wi-Fi and laptops to borrow',
        'energy advice from Bramblewick Energy Savers on Mondays, 10am to 12 noon',
        'repair café on the first Saturday of the month, 10am to 1pm',
        'help to apply for Council Tax Reduction',
        'a warm space from November to March',
      ),
    ],
    accessibility:
      'Step-free entrance from Acorn Parade. All services are on the ground floor. Hearing loop at the desk. Accessible toilet. On-street parking on Acorn Parade, with 2 Blue Badge bays outside.',
    phone: '01632 960 303',
    email: 'oakhurst.library@bramblewick.example',
    services: [
      'get-help-to-go-online',
      'home-energy-advice',
      'repair-cafes-and-reuse',
      'warm-spaces',
      'apply-for-council-tax-reduction',
    ],
  },
  {
    slug: 'millbridge-family-hub',
    name: 'Millbridge Family Hub',
    summary:
      'Family hub for parents, carers and young people aged 0 to 19, with stay and play, health visitors, a community pantry and advice.',
    address: '27 Weaver Street\nMillbridge',
    town: 'Millbridge',
    postcode: 'BW4 7QT',
    latitude: 52.2447,
    longitude: -1.4781,
    openingTimes: [
      { day: 'monday', opens: '09:00', closes: '17:00' },
      { day: 'tuesday', opens: '09:00', closes: '17:00' },
      { day: 'wednesday', opens: '09:00', closes: '17:00' },
      { day: 'thursday', opens: '09:00', closes: '17:00' },
      { day: 'friday', opens: '09:00', closes: '17:00' },
      { day: 'saturday', opens: '10:00', closes: '13:00', note: 'Youth drop-in and family activities' },
    ],
    helpAvailable: [
      p('Family hub staff, health visitors and partner organisations work here together. Every family is welcome.'),
      ul(
        'stay and play sessions for babies and toddlers',
        'baby feeding support and health visitor clinics',
        'parenting courses and youth drop-ins',
        'community pantry on Wednesdays and Fridays, 10am to 1pm',
        'Bramblewick Money Advice drop-in on Thursdays, 1pm to 4pm',
        'help to apply for emergency support grants and housing advice',
      ),
    ],
    accessibility:
      'Step-free access with automatic doors. Buggy park inside the entrance. Hearing loop in the main room. Accessible toilet, baby changing and a quiet feeding room. Parking for 10 cars, including 2 Blue Badge spaces and 2 parent and child spaces.',
    phone: '01632 960 304',
    email: 'millbridge.familyhub@bramblewick.example',
    services: [
      'family-hubs-and-stay-and-play',
      'food-banks-and-community-pantries',
      'free-money-and-debt-advice',
      'apply-for-an-emergency-support-grant',
      'homelessness-advice',
    ],
  },
  {
    slug: 'fenwick-green-village-hall',
    name: 'Fenwick Green Village Hall',
    summary:
      'Village hall with a lunch club, digital help, a warm space and community transport information for Fenwick Green.',
    address: 'The Green\nFenwick Green',
    town: 'Fenwick Green',
    postcode: 'BW5 3HN',
    latitude: 52.2879,
    longitude: -1.3314,
    openingTimes: [
      { day: 'monday', opens: '10:00', closes: '15:00' },
      { day: 'wednesday', opens: '10:00', closes: '15:00' },
      { day: 'thursday', opens: '12:00', closes: '14:00', note: 'Lunch club only' },
      { day: 'friday', opens: '10:00', closes: '15:00' },
    ],
    helpAvailable: [
      p('The hall is run by volunteers from the Fenwick Green Village Hall Trust.'),
      ul(
        'lunch club on Thursdays, 12 noon to 2pm',
        'digital help on Wednesdays, 10am to 12 noon',
        'a warm space from November to March',
        'community transport and befriending information',
        'litter-picking kit to borrow',
      ),
    ],
    accessibility:
      'Ramp to the main entrance with a handrail. Step-free inside. Portable hearing loop on request. Accessible toilet. Small car park with 1 Blue Badge space. The nearest bus stop is 300 metres away on Fenwick Lane.',
    phone: '01632 960 305',
    email: 'fenwickgreen.hall@bramblewick.example',
    services: [
      'befriending-and-social-groups',
      'community-transport',
      'warm-spaces',
      'get-help-to-go-online',
      'community-verge-and-litter-groups',
    ],
  },
  {
    slug: 'larkspur-heath-community-library',
    name: 'Larkspur Heath Community Library',
    summary: 'Volunteer-run community library with a pantry, energy and money advice, and help with benefits forms.',
    address: '8 Meadowsweet Road\nLarkspur Heath',
    town: 'Larkspur Heath',
    postcode: 'BW6 9RF',
    latitude: 52.2128,
    longitude: -1.4286,
    openingTimes: [
      { day: 'tuesday', opens: '10:00', closes: '16:00' },
      { day: 'thursday', opens: '10:00', closes: '18:00', note: 'Community pantry 1pm to 4pm' },
      { day: 'friday', opens: '10:00', closes: '16:00' },
      { day: 'saturday', opens: '10:00', closes: '13:00' },
    ],
    helpAvailable: [
      p("Trained volunteers run the library with support from the council's library service."),
      ul(
        'community pantry on Thursdays, 1pm to 4pm',
        'energy advice on Fridays, 2pm to 4pm',
        'money advice by appointment with Bramblewick Money Advice',
        'help to fill in Housing Benefit forms',
        'free computers and Wi-Fi',
      ),
    ],
    accessibility:
      'Step-free access through the side entrance on Meadowsweet Road. Hearing loop at the desk. Accessible toilet. No car park: there is free on-street parking nearby, and a Blue Badge bay outside the side entrance.',
    phone: '01632 960 306',
    email: 'larkspurheath.library@bramblewick.example',
    services: [
      'food-banks-and-community-pantries',
      'home-energy-advice',
      'free-money-and-debt-advice',
      'get-help-to-go-online',
      'apply-for-housing-benefit',
    ],
  },
];
