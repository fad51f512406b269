import { useState } from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { unstable_useDocument as useDocument, useForm } from '@strapi/strapi/admin';
import { button } from '../case-view/styles';
import { problemOf } from '../shared/fetch';
import { dateAndTime, longDate } from '../shared/format';
import { paragraph } from '../shared/styles';
import { REVIEWED_TYPES, useReview, type DuePage } from './api';

type Marked =
  { state: 'idle' } | { state: 'marking' } | { state: 'done'; reviewBy: string } | { state: 'failed'; message: string };

interface Props {
  type: DuePage['type'];
  model: string;
  collectionType: string;
  documentId: string;
}

function ReviewPanelContent({ type, model, collectionType, documentId }: Props) {
  const { loaded, markReviewed } = useReview(type, documentId);
  const { refetch } = useDocument({ model, collectionType, documentId });
  const modified = useForm('ReviewPanel', (form) => form.modified);
  const onChange = useForm('ReviewPanel', (form) => form.onChange);
  const [marked, setMarked] = useState<Marked>({ state: 'idle' });
  const mark = async () => {
    setMarked({ state: 'marking' });
    try {
      const state = await markReviewed();
      const reviewBy = state.reviewBy ?? '';
      // Unsaved edits are kept, with the new date among them; otherwise the form reloads it.
      if (modified) onChange('reviewBy', reviewBy);
      else refetch();
      setMarked({ state: 'done', reviewBy });
    } catch (error) {
      setMarked({ state: 'failed', message: problemOf(error, 'The page could not be marked as reviewed') });
    }
  };
  const state = loaded.state === 'ready' ? loaded.data : null;
  return (
    <div style={{ width: '100%' }}>
      {state?.reviewBy && <p style={paragraph}>Review by {longDate(state.reviewBy)}.</p>}
      {state?.lastReview && (
        <p style={paragraph}>
          Last reviewed by {state.lastReview.by} on {dateAndTime(state.lastReview.at)}.
        </p>
      )}
      <p style={paragraph}>
        Checked that this page is still right? Mark it reviewed: its next review will be in 12 months. This does not
        publish anything.
      </p>
      <button type="button" style={button} disabled={marked.state === 'marking'} onClick={() => void mark()}>
        Mark as reviewed
      </button>
      <p role="status" style={{ ...paragraph, marginTop: '0.5rem' }}>
        {marked.state === 'done' && `Marked as reviewed. Next review by ${longDate(marked.reviewBy)}.`}
        {marked.state === 'failed' && marked.message}
      </p>
    </div>
  );
}

/**
 * "Mark as reviewed" in the edit view's side panel, for service and information pages
 * already saved (the route checks the signed-in admin may update them: Editors and Authors).
 */
export const ReviewPanel: PanelComponent = ({ model, documentId, collectionType }) => {
  const type = REVIEWED_TYPES[model];
  if (!type || !documentId || documentId === 'create') return null;
  return {
    title: 'Review',
    content: <ReviewPanelContent type={type} model={model} collectionType={collectionType} documentId={documentId} />,
  };
};
