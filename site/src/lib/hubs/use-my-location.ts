/**
 * "Use my location" on /community-hubs/near/: the only script the page adds, and only
 * where the browser can tell where it is. It asks for the position and sends the form
 * with `lat` and `lon`, which the live server checks and answers like a postcode. The
 * position is rounded to 3 decimal places (about 100 metres): near enough for a mile
 * to one decimal, and no address bar or server log holds where the resident is exactly.
 * If the browser says no, the page says so where the button is.
 */
export const locationStatus = {
  finding: 'Finding your location…',
  refused:
    'We could not use your location because your browser or device did not allow it. Enter a postcode or a street name instead.',
  unavailable: 'We could not find your location. Enter a postcode or a street name instead.',
};

export function startUseMyLocation(): void {
  const box = document.getElementById('hubs-near-location');
  const button = document.getElementById('hubs-near-use-location');
  const status = document.getElementById('hubs-near-location-status');
  const form = document.getElementById('hubs-near-form');
  if (!box || !button || !status || !(form instanceof HTMLFormElement) || !('geolocation' in navigator)) return;
  box.hidden = false;
  button.addEventListener('click', () => {
    status.textContent = locationStatus.finding;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const query = new URLSearchParams({ lat: coords.latitude.toFixed(3), lon: coords.longitude.toFixed(3) });
        window.location.assign(`${form.action}?${query.toString()}`);
      },
      (error) => {
        status.textContent =
          error.code === error.PERMISSION_DENIED ? locationStatus.refused : locationStatus.unavailable;
      },
      { timeout: 20_000, maximumAge: 300_000 },
    );
  });
}
