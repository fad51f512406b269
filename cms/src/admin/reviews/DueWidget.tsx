import { Link } from 'react-router-dom';
import { editPath, longDate } from '../shared/format';
import { useDue } from './api';
import { paragraph } from '../shared/styles';

/** How many pages the home page shows; the full list is one link away. */
const FIRST = 5;

/** The admin home page's widget: the first few pages due for review, the most overdue first. */
export function DueWidget() {
  const due = useDue();
  if (due.state === 'loading') return <p style={paragraph}>Loading…</p>;
  if (due.state === 'failed') return <p style={paragraph}>{due.message}</p>;
  const { pages } = due.data;
  if (pages.length === 0) return <p style={paragraph}>No page is due for review in the next month.</p>;
  return (
    <div>
      <p style={paragraph}>
        {pages.length} {pages.length === 1 ? 'page is' : 'pages are'} due for review
        {pages.length > FIRST ? `; the first ${FIRST}:` : ':'}
      </p>
      <ul style={{ ...paragraph, paddingLeft: '1.5rem', listStyle: 'disc' }}>
        {pages.slice(0, FIRST).map((page) => (
          <li key={`${page.type}:${page.documentId}`} style={{ marginBottom: '0.25rem' }}>
            <Link to={editPath(page)} style={{ color: 'inherit', textDecoration: 'underline' }}>
              {page.title}
            </Link>
            , by {longDate(page.reviewBy)}
            {page.overdue && <strong> (overdue)</strong>}
          </li>
        ))}
      </ul>
    </div>
  );
}
