/** The suffix Strapi's admin gives every browser tab (@strapi/admin PageHelpers Title): re-check on upgrades. */
const STRAPI_SUFFIX = / \| Strapi$/;

/** A tab title in the council's words: "Content Manager | Strapi" becomes "Content Manager | Bramblewick Borough Council". */
export const councilTabTitle = (title: string, council: string): string =>
  title.replace(STRAPI_SUFFIX, ` | ${council}`);

/**
 * Browser tabs name the council, not Strapi: Strapi writes `<title> | Strapi` on each
 * page, and every such write is rewritten as it happens.
 */
export function nameTabsAfterTheCouncil(council: string): void {
  const rename = () => {
    const renamed = councilTabTitle(document.title, council);
    if (renamed !== document.title) document.title = renamed;
  };
  new MutationObserver(rename).observe(document.head, { subtree: true, childList: true, characterData: true });
  rename();
}
