import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Link } from 'react-router-dom';
import type { EditorialType } from '../../editorial-types';
import { dateAndTime } from '../shared/format';
import { paragraph } from '../shared/styles';
import { HISTORY_TYPES, historyPage, KIND_WORDS, useDocumentHistory } from './api';

const SHOWN = 3;

function HistoryPanelContent({ type, documentId }: { type: EditorialType; documentId: string }) {
  const [loaded] = useDocumentHistory(type, documentId, SHOWN);
  return (
    <div id="doorstep-history-panel" style={{ width: '100%' }}>
      {loaded.state === 'failed' && <p style={paragraph}>{loaded.message}</p>}
      {loaded.state === 'ready' && loaded.data.revisions.length === 0 && (
        <p style={paragraph}>No changes are recorded yet.</p>
      )}
      {loaded.state === 'ready' && loaded.data.revisions.length > 0 && (
        <ul style={{ ...paragraph, paddingLeft: '1.5rem', listStyle: 'disc' }}>
          {loaded.data.revisions.map((revision) => (
            <li key={revision.id}>
              {KIND_WORDS[revision.kind]} by {revision.by.name}, {dateAndTime(revision.at)}
            </li>
          ))}
        </ul>
      )}
      <p style={{ ...paragraph, marginBottom: 0 }}>
        <Link to={historyPage(type, documentId)} style={{ color: 'inherit', textDecoration: 'underline' }}>
          See the history, compare versions or restore one
        </Link>
      </p>
    </div>
  );
}

/**
 * "History" in the edit view's side panel (Strapi's own History is a paid feature):
 * the last few changes, and a link to Doorstep's history of the document.
 */
export const HistoryPanel: PanelComponent = ({ model, documentId }) => {
  const type = HISTORY_TYPES[model];
  if (!type || !documentId || documentId === 'create') return null;
  return { title: 'History', content: <HistoryPanelContent type={type} documentId={documentId} /> };
};
