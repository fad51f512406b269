/** The suffix Strapi's admin gives every browser tab (@strapi/admin PageHelpers Title): re-check on upgrades. */
const STRAPI_SUFFIX = / \| Strapi$/;

/** A tab title in the council's words: "Content Manager | Strapi" becomes "Content Manager | Bramblewick Borough Council". */
export const councilTabTitle = (title: string, council: string): string =>
  title.replace(STRAPI_SUFFIX, ` | ${council}`);

/** The council's name from its published site settings (public content); Doorstep until it is known. */
async function readCouncilName(): Promise<string> {
  try {
    const response = await fetch('/api/site-setting?fields[0]=councilName');
    if (!response.ok) return 'Doorstep';
    const name = ((await response.json()) as { data?: { councilName?: unknown } }).data?.councilName;
    return typeof name === 'string' && name.trim() ? name.trim() : 'Doorstep';
  } catch {
    return 'Doorstep';
  }
}

/**
 * Browser tabs name the council, not Strapi: Strapi writes `<title> | Strapi` on each
 * page, and every such write is rewritten as it happens.
 */
export function nameTabsAfterTheCouncil(): void {
  let council = 'Doorstep';
  const rename = () => {
    const renamed = councilTabTitle(document.title, council);
    if (renamed !== document.title) document.title = renamed;
  };
  new MutationObserver(rename).observe(document.head, { subtree: true, childList: true, characterData: true });
  rename();
  void readCouncilName().then((name) => {
    council = name;
    document.title = document.title.replace(/ \| Doorstep$/, ` | ${name}`);
    rename();
  });
}
