import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createVergeData } from '../../lib/verges/browser/client';
import type { Manifest } from '../../lib/verges/shared/format';
import { searchMessages } from '../../lib/verges/shared/messages';
import { suggest as suggestFrom } from '../../lib/verges/browser/search';
import type { MapTiles } from '../../lib/map-tiles';
import type { ReportForm } from '../../lib/verges/shared/report';
import { MapView } from './MapView';
import { OutcomeView } from './OutcomeView';
import { SearchBox } from './SearchBox';
import { VergeDetails } from './VergeDetails';
import { resultButtonId, VergeResults } from './VergeResults';
import { useVergeSearch } from './use-verge-search';

export interface VergeMapProps {
  /** Where the build wrote the verge data files (/verges/data/). */
  dataPath: string;
  /** Street pages live at this path plus the street's slug. */
  streetsPath: string;
  /** Postcode district pages live at this path plus the lower-case outward code. */
  districtsPath: string;
  /** The A to Z of streets, for searches that find nothing. */
  streetsHref: string;
  reportForm: ReportForm | null;
  tiles: MapTiles | null;
  /** The search form without JavaScript that this island takes over from. */
  fallbackId: string;
}

/**
 * The verge map: search by street or postcode (with suggestions) or by the
 * resident's location, the verges found on a Leaflet map and in a list of
 * buttons, and the selected verge's next and last cut with a way to report a
 * problem. Every outcome is announced; the list is the map's keyboard equivalent.
 */
export default function VergeMap(props: VergeMapProps) {
  const data = useMemo(() => createVergeData(props.dataPath), [props.dataPath]);
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [query, setQuery] = useState(() => new URLSearchParams(window.location.search).get('q') ?? '');
  const [selected, setSelected] = useState<string | null>(null);
  const [canLocate] = useState(() => 'geolocation' in navigator);
  const details = useRef<HTMLHeadingElement>(null);
  const { outcome, error, position, search, showStreets, locate } = useVergeSearch(data, manifest, setAnnouncement);
  const suggest = useCallback((text: string) => suggestFrom(data, text), [data]);

  const run = (text: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set('q', text);
    window.history.replaceState(null, '', url);
    search(text);
  };

  // The form without JavaScript stays until the data index has loaded, so a failure leaves a working form.
  useEffect(() => {
    data
      .manifest()
      .then((loaded) => {
        document.getElementById(props.fallbackId)?.remove();
        setManifest(loaded);
        if (query.trim()) search(query);
      })
      .catch(() => undefined);
    // Once, on load: later searches come from the form.
  }, []);

  useEffect(() => setSelected(null), [outcome]);
  useEffect(() => details.current?.focus(), [selected]);

  if (!manifest?.bounds) return null;
  const verges = outcome.kind === 'verges' ? outcome.verges : [];
  const chosen = verges.find((verge) => verge.reference === selected);
  const select = (reference: string) => {
    const verge = verges.find((candidate) => candidate.reference === reference);
    if (!verge) return;
    setSelected(reference);
    setAnnouncement(`Verge ${verge.reference} on ${verge.streetName} selected. ${verge.summary.text}`);
  };
  const streetHref = (slug: string) => `${props.streetsPath}${slug}/`;
  return (
    <div>
      <SearchBox
        id="verge-search"
        hint={searchMessages(manifest.examples).hint}
        error={error}
        value={query}
        onValue={setQuery}
        onSearch={run}
        suggest={suggest}
      />
      {canLocate && (
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-top-4" onClick={locate}>
          Use my location
        </button>
      )}
      <p className="govuk-visually-hidden" role="status" aria-atomic="true">
        {announcement}
      </p>
      <OutcomeView
        outcome={outcome}
        districtHref={(outward) => `${props.districtsPath}${outward.toLowerCase()}/`}
        streetsHref={props.streetsHref}
        onChoose={(street) => showStreets(`Verges on ${street.n}, ${street.l}`, [street])}
      />
      <p className="govuk-body" id="verge-map-hint">
        {verges.length > 0
          ? 'Choose a verge on the map, or in the list under it, to see when it is cut.'
          : 'Search for a street or postcode to see its verges on the map.'}
      </p>
      <MapView
        verges={verges}
        selected={selected}
        onSelect={select}
        tiles={props.tiles}
        area={manifest.bounds}
        position={position}
        describedBy="verge-map-hint"
      />
      {chosen && (
        <VergeDetails
          ref={details}
          verge={chosen}
          reportForm={props.reportForm}
          streetHref={streetHref(chosen.streetSlug)}
          onBack={() => document.getElementById(resultButtonId(chosen.reference))?.focus()}
        />
      )}
      {outcome.kind === 'verges' && (
        <VergeResults
          heading={outcome.heading}
          verges={verges}
          selected={selected}
          onSelect={select}
          streetHref={streetHref}
        />
      )}
    </div>
  );
}
