/**
 * The admin panel's own words where Strapi speaks for itself (issue 17, item 6): the
 * sign-in page, the home page and the menu name the council, not "Welcome to Strapi!".
 * Keys are the admin's message ids (@strapi/admin translations/en.json): re-check on upgrades.
 */
export function adminWords(council: string): Readonly<Record<string, string>> {
  // Messages are ICU patterns with tags: an apostrophe is doubled to stay one, and what
  // would start an argument or a tag ({ } < >) is left out of the name.
  const name = council.replace(/[{}<>]/g, '').replace(/'/g, "''");
  return {
    'Auth.form.welcome.title': `Sign in to ${name}`,
    'Auth.form.welcome.subtitle':
      'Doorstep: where the council writes its website, its forms and answers residents’ requests.',
    'Auth.form.register.subtitle':
      'Your email address and password sign you in. What you write is kept in the council’s own database.',
    'HomePage.head.title': 'Home',
    'HomePage.header.subtitle': `${name}: the website, its forms and residents’ requests`,
    'app.components.LeftMenu.navbrand.title': name,
    'app.components.LeftMenu.navbrand.workplace': 'Council website',
    // The lists' own status column, which Strapi heads "status" in lower case.
    'content-manager.containers.list.table-headers.status': 'Status',
  };
}
