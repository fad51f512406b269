import { textWithLinks } from '@doorstep/domain';

/** Running text with its addresses as links: the same parts as the form without JavaScript. */
export function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {textWithLinks(text).map((part, index) =>
        'href' in part ? (
          <a key={index} className="govuk-link" href={part.href}>
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
