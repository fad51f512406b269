import { Layouts, Page } from '@strapi/strapi/admin';
import { useLocation, useParams } from 'react-router-dom';
import { ComparisonView } from './ComparisonView';
import { DocumentHistoryView } from './DocumentHistoryView';
import { RecentChanges } from './RecentChanges';
import { isHistoryType } from './api';

/** Which view the address asks for: /history, /history/:type/:documentId, or …/compare?from=&to=. */
function useView() {
  const rest = (useParams()['*'] ?? '').split('/').filter(Boolean);
  const query = new URLSearchParams(useLocation().search);
  const [type, documentId, compare] = rest;
  if (!type) return { view: 'recent' } as const;
  if (!isHistoryType(type) || !documentId || rest.length > 3 || (compare && compare !== 'compare')) {
    return { view: 'unknown' } as const;
  }
  if (compare)
    return { view: 'compare', type, documentId, from: query.get('from') ?? '', to: query.get('to') ?? '' } as const;
  return { view: 'document', type, documentId } as const;
}

/**
 * Doorstep's own history (issue 17, item 3; Strapi's is a paid feature): the latest
 * changes, one document's revisions to pick two from, and two compared side by side.
 */
export function HistoryPage() {
  const view = useView();
  if (view.view === 'compare') return <ComparisonView {...view} />;
  if (view.view === 'document') return <DocumentHistoryView type={view.type} documentId={view.documentId} />;
  if (view.view === 'recent') return <RecentChanges />;
  return (
    <Page.Main>
      <Page.Title>History</Page.Title>
      <Layouts.Header title="Page not found" />
      <Layouts.Content>
        <p>There is no history at this address.</p>
      </Layouts.Content>
    </Page.Main>
  );
}

export default HistoryPage;
