import { Link } from 'react-router-dom';
import { dateAndTime, editPath } from '../shared/format';
import { paragraph } from '../shared/styles';
import { useWaiting } from './api';

/** How many drafts the home page shows; the full list is one link away. */
const FIRST = 5;

/** The admin home page's widget for Editors: the drafts waiting longest for review. */
export function ReadyWidget() {
  const waiting = useWaiting();
  if (waiting.state === 'loading') return <p style={paragraph}>Loading…</p>;
  if (waiting.state === 'failed') return <p style={paragraph}>{waiting.message}</p>;
  const { documents } = waiting.data;
  if (documents.length === 0) return <p style={paragraph}>Nothing is waiting for review.</p>;
  return (
    <div>
      <p style={paragraph}>
        {documents.length} {documents.length === 1 ? 'draft is' : 'drafts are'} ready for review
        {documents.length > FIRST ? `; the first ${FIRST}:` : ':'}
      </p>
      <ul style={{ ...paragraph, paddingLeft: '1.5rem', listStyle: 'disc' }}>
        {documents.slice(0, FIRST).map((document) => (
          <li key={`${document.type}:${document.documentId}`} style={{ marginBottom: '0.25rem' }}>
            <Link to={editPath(document)} style={{ color: 'inherit', textDecoration: 'underline' }}>
              {document.title}
            </Link>
            , asked by {document.askedBy} on {dateAndTime(document.askedAt)}
          </li>
        ))}
      </ul>
    </div>
  );
}
