/**
 * Compile-time check (run by `npm run typecheck` through tsconfig.test.json) that the JSON-LD node
 * types of src/export/jsonld.ts are schema.org as `schema-dts` describes it: every node type is
 * assignable to its schema-dts leaf, and names no property that schema.org does not have for that
 * type (which assignability alone would not catch). schema-dts is a devDependency and is used only
 * here, so the published declarations need nothing but this package.
 */
import type {
  EventAttendanceModeEnumeration,
  EventLeaf,
  EventStatusType,
  GeoCoordinatesLeaf,
  Graph,
  ImageObjectLeaf,
  ItemAvailability,
  ItemListLeaf,
  ListItemLeaf,
  MonetaryAmountLeaf,
  MonetaryGrantLeaf,
  OfferLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  PostalAddressLeaf,
  QuantitativeValueLeaf,
  ResearchProjectLeaf,
  VirtualLocationLeaf,
} from 'schema-dts';
import type {
  JsonLdAttendanceMode,
  JsonLdAvailability,
  JsonLdEvent,
  JsonLdEventStatus,
  JsonLdGeoCoordinates,
  JsonLdGraph,
  JsonLdImageObject,
  JsonLdItemList,
  JsonLdListItem,
  JsonLdMonetaryAmount,
  JsonLdMonetaryGrant,
  JsonLdOffer,
  JsonLdOrganization,
  JsonLdPerson,
  JsonLdPlace,
  JsonLdPostalAddress,
  JsonLdQuantitativeValue,
  JsonLdResearchProject,
  JsonLdVirtualLocation,
} from '../../src/export/jsonld.js';
import type { toJsonLd, toJsonLdEventList } from '../../src/export/jsonld-markdown.js';
import type { JsonLdEventList, JsonLdEventListItem } from '../../src/export/jsonld-list.js';

type Assert<T extends true> = T;
/** `Mine` is a valid `Theirs` and all its keys are `Theirs`' keys (no misspelt property). */
type Conforms<Mine, Theirs> = [Mine] extends [Theirs] ? ([keyof Mine] extends [keyof Theirs] ? true : false) : false;
type IsAny<T> = 0 extends 1 & T ? true : false;

export type JsonLdConformsToSchemaDts = [
  Assert<Conforms<JsonLdGraph, Graph>>,
  Assert<Conforms<JsonLdEvent, EventLeaf>>,
  Assert<Conforms<JsonLdImageObject, ImageObjectLeaf>>,
  Assert<Conforms<JsonLdItemList, ItemListLeaf>>,
  Assert<Conforms<JsonLdListItem, ListItemLeaf>>,
  Assert<Conforms<JsonLdMonetaryAmount, MonetaryAmountLeaf>>,
  Assert<Conforms<JsonLdMonetaryGrant, MonetaryGrantLeaf>>,
  Assert<Conforms<JsonLdOrganization, OrganizationLeaf>>,
  Assert<Conforms<JsonLdPerson, PersonLeaf>>,
  Assert<Conforms<JsonLdPlace, PlaceLeaf>>,
  Assert<Conforms<JsonLdPostalAddress, PostalAddressLeaf>>,
  Assert<Conforms<JsonLdResearchProject, ResearchProjectLeaf>>,
  Assert<Conforms<JsonLdVirtualLocation, VirtualLocationLeaf>>,
  Assert<Conforms<JsonLdGeoCoordinates, GeoCoordinatesLeaf>>,
  Assert<Conforms<JsonLdOffer, OfferLeaf>>,
  Assert<Conforms<JsonLdQuantitativeValue, QuantitativeValueLeaf>>,
  // The event list's ItemList (its `@context` is the document's, not a schema.org property).
  Assert<Conforms<Omit<JsonLdEventList, '@context'>, ItemListLeaf>>,
  Assert<Conforms<JsonLdEventListItem, ListItemLeaf>>,
  // Enumeration values: plain assignability (`keyof` of a string union means nothing here).
  Assert<[JsonLdEventStatus] extends [EventStatusType] ? true : false>,
  Assert<[JsonLdAttendanceMode] extends [EventAttendanceModeEnumeration] ? true : false>,
  Assert<[JsonLdAvailability] extends [ItemAvailability] ? true : false>,
  // The result is a real type, not `any`.
  Assert<IsAny<ReturnType<typeof toJsonLd>> extends false ? true : false>,
  Assert<IsAny<ReturnType<typeof toJsonLdEventList>> extends false ? true : false>,
];
