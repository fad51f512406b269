import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { LatLng } from '../../lib/verges/browser/decode';
import type { FoundVerge } from '../../lib/verges/browser/found';

/**
 * What the map does as the search changes: it names itself for screen readers
 * (its drawing is hidden from them: the list is their way in), fits the verges
 * found, and moves to the selected verge.
 */
const pointsOf = (verge: FoundVerge): LatLng[] =>
  verge.shape.kind === 'line' ? verge.shape.paths.flat() : verge.shape.polygons.flat(2);

export function MapBehaviour({
  verges,
  selected,
  position,
  describedBy,
}: {
  verges: FoundVerge[];
  selected: string | null;
  position: LatLng | null;
  describedBy: string;
}) {
  const map = useMap();

  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', 'Map of grass verges');
    container.setAttribute('aria-describedby', describedBy);
    map.getPane('mapPane')?.setAttribute('aria-hidden', 'true');
  }, [map, describedBy]);

  useEffect(() => {
    const points = [...verges.flatMap(pointsOf), ...(position ? [position] : [])];
    if (points.length > 0) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 18, animate: false });
  }, [map, verges, position]);

  useEffect(() => {
    const verge = verges.find((candidate) => candidate.reference === selected);
    if (verge) map.fitBounds(L.latLngBounds(pointsOf(verge)), { padding: [48, 48], maxZoom: 17, animate: false });
  }, [map, verges, selected]);

  return null;
}
