/**
 * Links to a venue's position, made from its two checked numbers (never from text in the data): an
 * OpenStreetMap page centred on a marker, and a `geo:` URI (RFC 5870) that phones open in their
 * map app. No map tiles or scripts: the page links out, and loads nothing from a map service.
 */
import type { GeoCoordinates } from './types.js';

/** Whether `geo` is a usable position: finite numbers within -90..90 and -180..180. */
export function isGeoCoordinates(geo: GeoCoordinates | undefined): geo is GeoCoordinates {
  return geo !== undefined && Number.isFinite(geo.latitude) && Number.isFinite(geo.longitude) && Math.abs(geo.latitude) <= 90 && Math.abs(geo.longitude) <= 180;
}

/** A degree value in plain decimals, at most 6 places (about 10 cm), never an exponent: `43.2047`, `-0.1`, `0`. */
export function coordinateText(degrees: number): string {
  const text = degrees.toFixed(6).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** The OpenStreetMap page with a marker at the point, at street zoom: `https://www.openstreetmap.org/?mlat=43.2&mlon=27.9#map=16/43.2/27.9`. */
export function openStreetMapUrl(geo: GeoCoordinates): string {
  const lat = coordinateText(geo.latitude);
  const lon = coordinateText(geo.longitude);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** The `geo:` URI of the point (RFC 5870), which phones open in their map app: `geo:43.2047,27.9105`. */
export function geoUri(geo: GeoCoordinates): string {
  return `geo:${coordinateText(geo.latitude)},${coordinateText(geo.longitude)}`;
}
