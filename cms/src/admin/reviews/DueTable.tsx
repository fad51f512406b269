import { Link } from 'react-router-dom';
import { editPath, longDate } from '../shared/format';
import type { DuePage } from './api';
import { cell, headerCell, table } from '../shared/styles';

/**
 * The pages due for review as a real table (WCAG 1.3.1): a caption, column headers,
 * and each page's title as the link to edit it, so a keyboard user tabs from page to page.
 */
export function DueTable({ pages, caption }: { pages: DuePage[]; caption: string }) {
  return (
    <table style={table}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={headerCell}>
            Page
          </th>
          <th scope="col" style={headerCell}>
            Type
          </th>
          <th scope="col" style={headerCell}>
            Owner
          </th>
          <th scope="col" style={headerCell}>
            Review by
          </th>
        </tr>
      </thead>
      <tbody>
        {pages.map((page) => (
          <tr key={`${page.type}:${page.documentId}`}>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>
              <Link to={editPath(page)} style={{ color: 'inherit', textDecoration: 'underline' }}>
                {page.title}
              </Link>
            </th>
            <td style={cell}>{page.typeLabel}</td>
            <td style={{ ...cell, overflowWrap: 'anywhere' }}>{page.owner ?? 'No owner'}</td>
            <td style={cell}>
              {longDate(page.reviewBy)}
              {page.overdue && <strong> (overdue)</strong>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
