import { ArrowClockwise } from '@strapi/icons';
import { useNavigate } from 'react-router-dom';
import { HISTORY_TYPES, historyPage } from './api';

interface ActionProps {
  model: string;
  documentId?: string;
}

/**
 * "History" in the edit view's header menu, where Strapi's own (paid) Content History
 * would be: it opens Doorstep's history of the document.
 */
export const HistoryAction = ({ model, documentId }: ActionProps) => {
  const navigate = useNavigate();
  const type = HISTORY_TYPES[model];
  if (!type) return null;
  return {
    icon: <ArrowClockwise />,
    label: 'History',
    disabled: !documentId || documentId === 'create',
    position: 'header',
    onClick: () => {
      if (documentId) navigate(historyPage(type, documentId));
    },
  };
};
HistoryAction.type = 'doorstep-history';
HistoryAction.position = 'header';
