// Astro's client types (import.meta.env, asset imports) without `astro sync`'s generated
// .astro/types.d.ts, so ESLint's type-aware rules see them in a fresh clone.
/// <reference types="astro/client" />
