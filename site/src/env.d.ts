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
