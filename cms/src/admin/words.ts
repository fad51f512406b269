/**
 * The admin panel's own words where Strapi speaks for itself (issue 17, item 6): the
 * sign-in page and the home page say Doorstep, not "Welcome to Strapi!". Keys are the
 * admin's message ids (@strapi/admin translations/en.json): re-check on upgrades.
 * The council's name is not here: the admin's messages are fixed before it can ask
 * the CMS, and the sign-in page is shown before anyone may.
 */
export const ADMIN_WORDS: Readonly<Record<string, string>> = {
  'Auth.form.welcome.title': 'Sign in to Doorstep',
  'Auth.form.welcome.subtitle': 'Where the council writes its website, its forms and answers residents’ requests.',
  'Auth.form.register.subtitle':
    'Your email address and password sign you in to Doorstep. What you write is kept in the council’s own database.',
  'HomePage.head.title': 'Home',
  'HomePage.header.subtitle': 'Doorstep: the council’s website, its forms and residents’ requests',
  'app.components.LeftMenu.navbrand.title': 'Doorstep',
  'app.components.LeftMenu.navbrand.workplace': 'Council website',
};
