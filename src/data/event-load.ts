/**
 * What the reader is told when the event document of `<cluster-agenda>` or `<cluster-event>` could
 * not be loaded from `src` or read: the same words in both elements.
 */
import { commonStrings } from '../i18n/common.js';

/** Why a document is missing: how its load failed (`unsafe`, `network`, `http`, `json`, `not-a-document`) or that it was not valid. */
export interface EventLoadFailure {
  failure: string;
  /** The HTTP status, for `http`. */
  status?: number;
}

/**
 * The message in `lang`: "could not be loaded" with the reason for a `src` that is not a safe link,
 * a network error, an HTTP error, a file that is not JSON or JSON of another kind; "the data is
 * not valid" for anything else.
 */
export function loadFailureText(failure: EventLoadFailure, lang: string): string {
  const common = commonStrings(lang);
  switch (failure.failure) {
    case 'network':
      return common.loadError(common.networkError);
    case 'http':
      return common.loadError(common.httpError(failure.status ?? 0));
    case 'json':
      return common.loadError(common.notJson);
    case 'not-a-document':
      return common.loadError(common.notAnEventDocument);
    case 'unsafe':
      return common.loadError(common.unsafeSrc);
    default:
      return common.invalidData;
  }
}
