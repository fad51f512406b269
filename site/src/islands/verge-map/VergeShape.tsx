import { useMemo } from 'react';
import L from 'leaflet';
import { Marker, Polygon, Polyline } from 'react-leaflet';
import type { FoundVerge } from '../../lib/verges/browser/found';
import { STATUS_STYLES } from '../../lib/verges/shared/labels';

/** One verge: its status line, a dark halo when selected, and a wide invisible edge that is easy to tap. */
export function VergeShape({
  verge,
  selected,
  onSelect,
}: {
  verge: FoundVerge;
  selected: boolean;
  onSelect: (reference: string) => void;
}) {
  const style = STATUS_STYLES[verge.status];
  const click = useMemo(() => ({ click: () => onSelect(verge.reference) }), [onSelect, verge.reference]);
  const line = {
    color: style.colour,
    weight: selected ? style.weight + 3 : style.weight,
    dashArray: style.dashArray ?? undefined,
    lineCap: 'round' as const,
    fillColor: style.colour,
    fillOpacity: selected ? 0.5 : 0.25,
  };
  const halo = { color: '#0b0c0c', weight: style.weight + 9, opacity: 0.9, fill: false };
  const touch = { color: '#000', weight: 22, opacity: 0, fill: false };
  const { shape } = verge;
  if (shape.kind === 'line') {
    return (
      <>
        {selected && <Polyline positions={shape.paths} pathOptions={halo} interactive={false} />}
        <Polyline positions={shape.paths} pathOptions={line} eventHandlers={click} />
        <Polyline positions={shape.paths} pathOptions={touch} eventHandlers={click} />
      </>
    );
  }
  return (
    <>
      {selected && <Polygon positions={shape.polygons} pathOptions={halo} interactive={false} />}
      <Polygon positions={shape.polygons} pathOptions={line} eventHandlers={click} />
      <Polygon positions={shape.polygons} pathOptions={touch} eventHandlers={click} />
    </>
  );
}

/**
 * Each street's name once, so the map reads without tiles: at the selected verge on
 * its street (the map has moved there), else at the middle of its verges.
 */
export function StreetLabels({ verges, selected }: { verges: FoundVerge[]; selected: string | null }) {
  const labels = useMemo(() => {
    const streets = new Map<string, FoundVerge[]>();
    for (const verge of verges) streets.set(verge.streetSlug, [...(streets.get(verge.streetSlug) ?? []), verge]);
    return [...streets].map(([slug, group]) => {
      const middle = group.find((verge) => verge.reference === selected) ?? group[Math.floor(group.length / 2)]!;
      const text = document.createElement('span');
      text.textContent = middle.streetName;
      return {
        slug,
        at: middle.centre,
        icon: L.divIcon({ className: 'app-verge-map__label', html: text, iconSize: undefined }),
      };
    });
  }, [verges, selected]);
  return labels.map((label) => (
    <Marker key={label.slug} position={label.at} icon={label.icon} interactive={false} keyboard={false} />
  ));
}
