import { useMemo } from 'react';
import { CircleMarker, MapContainer, TileLayer } from 'react-leaflet';
import type { DataBounds } from '../../lib/verges/shared/format';
import type { LatLng } from '../../lib/verges/browser/decode';
import type { FoundVerge } from '../../lib/verges/browser/found';
import type { MapTiles } from '../../lib/map-tiles';
import { MapBehaviour } from './MapBehaviour';
import { StreetLabels, VergeShape } from './VergeShape';

/**
 * The map: the verges found, drawn by status (colour and line pattern), with street
 * names on them so it is useful with no background tiles. Mouse and touch select a
 * verge here; the list below does the same for keyboards and screen readers.
 */
export interface MapViewProps {
  verges: FoundVerge[];
  selected: string | null;
  onSelect: (reference: string) => void;
  tiles: MapTiles | null;
  /** Where all the council's verges are: the view before a search. */
  area: DataBounds;
  position: LatLng | null;
  describedBy: string;
}

export const toLeafletBounds = ([west, south, east, north]: DataBounds): [LatLng, LatLng] => [
  [south, west],
  [north, east],
];

export function MapView({ verges, selected, onSelect, tiles, area, position, describedBy }: MapViewProps) {
  const bounds = useMemo(() => toLeafletBounds(area), [area]);
  const ordered = useMemo(
    // The selected verge is drawn last, so it is on top of its neighbours.
    () => [...verges].sort((a, b) => Number(a.reference === selected) - Number(b.reference === selected)),
    [verges, selected],
  );
  return (
    <MapContainer
      className="app-verge-map"
      bounds={bounds}
      minZoom={9}
      maxZoom={19}
      scrollWheelZoom={false}
      attributionControl={tiles !== null}
    >
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={19} />}
      <MapBehaviour verges={verges} selected={selected} position={position} describedBy={describedBy} />
      {ordered.map((verge) => (
        // A new key on selection redraws the verge, so its halo goes under its line, not over it.
        <VergeShape
          key={verge.reference === selected ? `${verge.reference} selected` : verge.reference}
          verge={verge}
          selected={verge.reference === selected}
          onSelect={onSelect}
        />
      ))}
      <StreetLabels verges={verges} selected={selected} />
      {position && (
        <CircleMarker
          center={position}
          radius={9}
          interactive={false}
          pathOptions={{ color: '#0b0c0c', weight: 3, fillColor: '#1d70b8', fillOpacity: 1 }}
        />
      )}
    </MapContainer>
  );
}
