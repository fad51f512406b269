import type { CSSProperties } from 'react';
import type { Line } from './api';

const MARK: Record<'older' | 'newer', CSSProperties> = {
  older: { background: 'rgba(210, 40, 40, 0.18)', textDecoration: 'line-through', color: 'inherit' },
  newer: { background: 'rgba(0, 128, 60, 0.2)', textDecoration: 'none', color: 'inherit' },
};

const PREFIX: Record<Line['style'], string> = { paragraph: '', heading: '', bullet: '• ', number: '', quote: '“' };

/**
 * A field's value as paragraphs, headings and list items, one per line; the lines the
 * other version does not have are struck through (older) or highlighted (newer), with
 * words for screen readers, not colour alone (WCAG 1.4.1).
 */
export function Lines({ lines, side }: { lines: Line[]; side: 'older' | 'newer' }) {
  if (lines.length === 0) return <p style={{ margin: 0, opacity: 0.8 }}>(empty)</p>;
  const numbers = new Map<number, number>();
  return (
    <div>
      {lines.map((line, index) => {
        const number = line.style === 'number' ? (numbers.get(line.depth) ?? 0) + 1 : 0;
        if (line.style === 'number') numbers.set(line.depth, number);
        else numbers.delete(line.depth);
        const text = `${line.style === 'number' ? `${number}. ` : PREFIX[line.style]}${line.text}${line.style === 'quote' ? '”' : ''}`;
        const style: CSSProperties = {
          margin: '0 0 0.4rem',
          paddingLeft: `${line.depth * 1.5}rem`,
          fontWeight: line.style === 'heading' ? 600 : 400,
        };
        if (!line.changed)
          return (
            <p key={index} style={style}>
              {text}
            </p>
          );
        const Tag = side === 'older' ? 'del' : 'ins';
        return (
          <p key={index} style={style}>
            <Tag style={MARK[side]}>
              <span style={{ position: 'absolute', left: '-10000px' }}>
                {side === 'older' ? 'Removed: ' : 'Added: '}
              </span>
              {text}
            </Tag>
          </p>
        );
      })}
    </div>
  );
}
