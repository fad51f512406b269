// Astro's client types (import.meta.env, asset imports) without `astro sync`'s generated
// .astro/types.d.ts, so ESLint's type-aware rules see them in a fresh clone.
/// <reference types="astro/client" />

// ESLint's type checker has no Astro language service, so an imported component is an
// error type to it (ota-meshi/eslint-plugin-astro#348). `astro check` resolves each
// import to the component's own props, which take precedence over this fallback.
declare module '*.astro' {
  const Component: (props: never) => unknown;
  export default Component;
}

// What the live site server passes to the page it renders on request (site/server/preview.ts).
declare namespace App {
  interface Locals {
    /** The CMS the preview reads the draft and the site around it from. */
    cmsUrl?: string;
  }
}
