import type { CSSProperties } from 'react';

/**
 * The review views’ few styles (review dates, review requests), in the admin's own colours (inherited, as the case
 * view's are: cms/src/admin/case-view/styles.ts), so they read in light and dark themes.
 */
export const table: CSSProperties = { width: '100%', borderCollapse: 'collapse', fontSize: '1.4rem', lineHeight: 1.5 };
const line = '1px solid rgba(128, 128, 128, 0.5)';
export const headerCell: CSSProperties = { textAlign: 'left', fontWeight: 600, padding: '0.5rem', borderBottom: line };
export const cell: CSSProperties = { textAlign: 'left', padding: '0.5rem', borderBottom: line, verticalAlign: 'top' };
export const paragraph: CSSProperties = { fontSize: '1.4rem', lineHeight: 1.5, margin: '0 0 1rem' };
