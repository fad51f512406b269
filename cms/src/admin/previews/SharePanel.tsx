import { useId, useState } from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useForm } from '@strapi/strapi/admin';
import { button } from '../case-view/styles';
import { problemOf } from '../shared/fetch';
import { dateAndTime } from '../shared/format';
import { paragraph } from '../shared/styles';
import { PREVIEWABLE_BY_UID, usePreviewLinks, type PreviewLink } from './api';

const DAYS = [7, 3, 1] as const;
const field = {
  display: 'block',
  width: '100%',
  margin: '0.25rem 0 0.5rem',
  padding: '0.4rem',
  font: 'inherit',
  fontSize: '1.4rem',
  color: 'inherit',
  background: 'transparent',
  border: '1px solid currentColor',
  borderRadius: '4px',
} as const;
const label = { ...paragraph, display: 'block', fontWeight: 600, margin: 0 } as const;

function LinkItem({ link, onRevoke, onCopy }: { link: PreviewLink; onRevoke: () => void; onCopy: () => void }) {
  const id = useId();
  if (link.state !== 'active') {
    return (
      <li style={paragraph}>
        Link made by {link.createdBy}:{' '}
        {link.state === 'revoked' && link.revokedAt
          ? `withdrawn by ${link.revokedBy ?? 'someone'} on ${dateAndTime(link.revokedAt)}`
          : `expired on ${dateAndTime(link.expiresAt)}`}
      </li>
    );
  }
  return (
    <li style={{ marginBottom: '1rem' }}>
      <label htmlFor={id} style={label}>
        Link made by {link.createdBy}, works until {dateAndTime(link.expiresAt)}
      </label>
      <input id={id} style={field} readOnly value={link.url} onFocus={(event) => event.target.select()} />
      <button type="button" style={{ ...button, marginRight: '0.5rem' }} onClick={onCopy}>
        Copy link
      </button>
      <button type="button" style={button} onClick={onRevoke}>
        Withdraw link
      </button>
    </li>
  );
}

function SharePanelContent({ type, documentId }: { type: string; documentId: string }) {
  const { loaded, create, revoke } = usePreviewLinks(type, documentId);
  const modified = useForm('SharePanel', (form) => form.modified);
  const [days, setDays] = useState<number>(DAYS[0]);
  const [message, setMessage] = useState('');
  const selectId = useId();
  const act = async (action: () => Promise<string>) => {
    try {
      setMessage(await action());
    } catch (error) {
      setMessage(problemOf(error, 'That did not work; try again'));
    }
  };
  const copy = (link: PreviewLink) =>
    act(async () => {
      await navigator.clipboard.writeText(link.url);
      return 'Link copied.';
    });
  if (loaded.state === 'loading') return <p style={paragraph}>Loading…</p>;
  if (loaded.state === 'failed') return <p style={paragraph}>{loaded.message}</p>;
  const links = loaded.data.links;
  return (
    <div id="doorstep-share-preview" style={{ width: '100%' }}>
      <p style={paragraph}>
        Anyone with a link sees the saved draft as residents will, without signing in, until the link expires or you
        withdraw it.{modified ? ' Save your changes first: links show the saved draft.' : ''}
      </p>
      <label htmlFor={selectId} style={label}>
        Link works for
      </label>
      <select id={selectId} style={field} value={days} onChange={(event) => setDays(Number(event.target.value))}>
        {DAYS.map((count) => (
          <option key={count} value={count}>
            {count === 1 ? '1 day' : `${count} days`}
          </option>
        ))}
      </select>
      <button
        type="button"
        style={button}
        onClick={() =>
          void act(async () => {
            await create(days);
            return 'Preview link made. Copy it below and send it to whoever needs to see the draft.';
          })
        }
      >
        Share preview
      </button>
      <p role="status" style={{ ...paragraph, marginTop: '0.5rem' }}>
        {message}
      </p>
      {links.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Preview links">
          {links.map((link) => (
            <LinkItem
              key={link.id}
              link={link}
              onCopy={() => void copy(link)}
              onRevoke={() =>
                void act(async () => {
                  await revoke(link.id);
                  return 'Link withdrawn: it now shows an “expired” page.';
                })
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Share preview" in the edit view's side panel (issue 17, item 1; routes in
 * cms/src/previews): a link to the saved draft, rendered by the site as residents will
 * see it, that expires (7 days unless the editor chooses fewer) and can be withdrawn.
 */
export const SharePanel: PanelComponent = ({ model, documentId }) => {
  const type = PREVIEWABLE_BY_UID[model];
  if (!type || !documentId || documentId === 'create') return null;
  return { title: 'Share preview', content: <SharePanelContent type={type} documentId={documentId} /> };
};
