import type { StrapiApp } from '@strapi/strapi/admin';

type Permissions = StrapiApp['router']['menu'][number]['permissions'];
type MenuLink = Parameters<StrapiApp['addMenuLink']>[0];
type Widget = Extract<Parameters<StrapiApp['widgets']['register']>[0], { component: unknown }>;

const onServicePages = (action: string) =>
  [
    { action: `plugin::content-manager.explorer.${action}`, subject: 'api::service-page.service-page' },
  ] as unknown as Permissions;

/** Whoever may read service pages: Editors, Authors, administrators. */
export const READ_PAGES = onServicePages('read');

/** Whoever may publish service pages: Editors and administrators, not Authors. */
export const PUBLISH_PAGES = onServicePages('publish');

export interface MenuPage {
  /** The page's address under the admin, and its messages' key (`doorstep.<key>.menu`). */
  to: string;
  key: string;
  name: string;
  /** An icon from @strapi/icons: the menu's and the widget's. */
  icon: MenuLink['icon'] & Widget['icon'];
  permissions: Permissions;
  Component: MenuLink['Component'];
}

/** One of Doorstep's pages in the admin's menu, shown to those with `permissions`. */
export function addMenuPage(app: StrapiApp, page: MenuPage): void {
  app.addMenuLink({
    to: page.to,
    icon: page.icon,
    intlLabel: { id: `doorstep.${page.key}.menu`, defaultMessage: page.name },
    permissions: page.permissions,
    Component: page.Component,
  });
}

/**
 * A menu page and its widget on the admin's home page (the first few of the page's
 * list), linking to it: both shown to the same people.
 */
export function addMenuPageWithWidget(
  app: StrapiApp,
  page: MenuPage & { widgetLink: string; widget: Widget['component'] },
): void {
  addMenuPage(app, page);
  app.widgets.register({
    id: page.to,
    icon: page.icon,
    title: { id: `doorstep.${page.key}.widget`, defaultMessage: page.name },
    link: {
      label: { id: `doorstep.${page.key}.widget.link`, defaultMessage: page.widgetLink },
      href: `/${page.to}`,
    },
    permissions: page.permissions,
    component: page.widget,
  });
}
