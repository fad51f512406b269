import type { CSSProperties } from 'react';

/**
 * The case view's few styles: the admin's own colours (design-system CSS variables
 * would tie us to its internals), a GOV.UK-like summary list of key and value rows.
 */
export const heading: CSSProperties = { fontSize: '1.4rem', fontWeight: 600, lineHeight: 1.5, marginBottom: '0.5rem' };
export const row: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, 1fr) 2fr',
  gap: '0.25rem 1rem',
  padding: '0.5rem 0',
  borderBottom: '1px solid rgba(128, 128, 128, 0.35)',
  fontSize: '1.4rem',
  lineHeight: 1.5,
};
export const key: CSSProperties = { fontWeight: 600 };
export const value: CSSProperties = { margin: 0, overflowWrap: 'anywhere' };
export const button: CSSProperties = {
  font: 'inherit',
  fontSize: '1.3rem',
  padding: '0.4rem 0.8rem',
  borderRadius: '4px',
  border: '1px solid currentColor',
  background: 'transparent',
  color: 'inherit',
  cursor: 'pointer',
};
export const muted: CSSProperties = { opacity: 0.8, fontSize: '1.4rem', lineHeight: 1.5 };
