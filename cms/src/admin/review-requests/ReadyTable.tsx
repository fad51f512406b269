import { Link } from 'react-router-dom';
import { dateAndTime, editPath } from '../shared/format';
import { cell, headerCell, table } from '../shared/styles';
import type { WaitingDocument } from './api';

/**
 * What is ready for review as a real table (WCAG 1.3.1): a caption, column headers,
 * and each document's title as the link to its edit view, where it is published.
 */
export function ReadyTable({ documents, caption }: { documents: WaitingDocument[]; caption: string }) {
  return (
    <table style={table}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' }}>{caption}</caption>
      <thead>
        <tr>
          {['Title', 'Type', 'Asked by', 'Asked on', 'Note'].map((name) => (
            <th key={name} scope="col" style={headerCell}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={`${document.type}:${document.documentId}`}>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>
              <Link to={editPath(document)} style={{ color: 'inherit', textDecoration: 'underline' }}>
                {document.title}
              </Link>
            </th>
            <td style={cell}>{document.typeLabel}</td>
            <td style={{ ...cell, overflowWrap: 'anywhere' }}>{document.askedBy}</td>
            <td style={cell}>{dateAndTime(document.askedAt)}</td>
            <td style={{ ...cell, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>{document.note ?? 'No note'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
