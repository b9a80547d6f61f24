/**
 * The visitor's next steps in `<cluster-event-header>`: the Register action with its state in
 * words, and the "Map" links of the venue (OpenStreetMap and a `geo:` URI for phones). Templates
 * only, no state: the element computes the registration's state (registration-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { namedLabel } from '../../base/named-label.js';
import { geoUri, isGeoCoordinates, openStreetMapUrl } from '../../data/geo.js';
import type { RegistrationStatus, RegistrationText } from '../../data/registration-view.js';
import type { GeoCoordinates } from '../../data/types.js';
import { isExternalUrl } from '../../data/url.js';
import type { eventStrings } from '../../i18n/event.js';

/** The event's name as shown, with the language it is in when that is not the element's. */
export interface NamePart {
  text: string;
  lang: string | undefined;
}

const named = (label: string, name: NamePart): TemplateResult => namedLabel(label, html`${label}: <span lang=${ifDefined(name.lang)}>${name.text}</span>`);

/**
 * The Register link (styled as a button) and the registration's state. The link leads to the
 * registration page until registration closes (before it opens and when full the page may say
 * more: a waiting list, the opening) and is the primary action only while open; once closed only
 * the state is shown. The state is the link's description, so a screen reader hears both.
 */
export function registrationTemplate(
  url: string,
  status: RegistrationStatus,
  text: RegistrationText,
  name: NamePart,
  t: ReturnType<typeof eventStrings>,
): TemplateResult {
  const details = [text.closes, text.places, text.price].filter(Boolean);
  const link =
    status.state === 'closed'
      ? nothing
      : html`<a
          part="register"
          class=${status.state === 'open' ? 'button button--primary' : 'button'}
          href=${url}
          rel=${ifDefined(isExternalUrl(url) ? 'noopener' : undefined)}
          aria-describedby="registration-state"
          >${named(t.register, name)}</a
        >`;
  return html`<div class="register register--${status.state}">
    ${link}
    <p class="registration" id="registration-state">
      <span part="registration-state" class="registration-state">${text.state}</span>${details.map(
        (d, i) => html`<span class="registration-detail">${i === 0 && status.state === 'open' ? ', ' : ' · '}${d}</span>`,
      )}
    </p>
  </div>`;
}

/**
 * The venue's "Map" link to the point on OpenStreetMap, and a `geo:` link that phones open in their
 * map app. Both are made from the two checked numbers, never from text in the data.
 */
export function mapLinksTemplate(
  geo: GeoCoordinates | undefined,
  place: NamePart | undefined,
  t: ReturnType<typeof eventStrings>,
): TemplateResult | typeof nothing {
  if (!isGeoCoordinates(geo)) return nothing;
  const name = place?.text
    ? html`${t.map}: <span lang=${ifDefined(place.lang)}>${place.text}</span> ${t.mapOnOpenStreetMap}`
    : html`${t.map} ${t.mapOnOpenStreetMap}`;
  return html`<span class="map-links">
    <a part="map-link" class="map-link" href=${openStreetMapUrl(geo)} rel="noopener">${namedLabel(t.map, name)}</a>
    <a part="map-link" class="map-link map-link--app" href=${geoUri(geo)}>${t.mapApp}</a>
  </span>`;
}
