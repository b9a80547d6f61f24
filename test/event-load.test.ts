import { expect } from '@open-wc/testing';
import { loadFailureText } from '../src/data/event-load.js';
import { fragmentId } from '../src/data/event-view.js';
import { failureText } from '../src/components/event/event.view.js';
import { preloadStrings } from '../src/i18n/strings.js';

describe('loadFailureText', () => {
  // Outside an element, the synchronous catalogs speak Bulgarian once its module is loaded.
  before(() => preloadStrings('bg'));

  it('says why a document could not be loaded, in English and Bulgarian', () => {
    expect(loadFailureText({ failure: 'network' }, 'en')).to.equal('This content could not be loaded (network error).');
    expect(loadFailureText({ failure: 'http', status: 404 }, 'en')).to.equal('This content could not be loaded (HTTP 404).');
    expect(loadFailureText({ failure: 'json' }, 'en')).to.equal('This content could not be loaded (the file is not valid JSON).');
    expect(loadFailureText({ failure: 'network' }, 'bg')).to.equal('Съдържанието не може да бъде заредено (мрежова грешка).');
    expect(loadFailureText({ failure: 'json' }, 'bg')).to.equal('Съдържанието не може да бъде заредено (файлът не е валиден JSON).');
    expect(loadFailureText({ failure: 'not-a-document' }, 'en')).to.equal(
      'This content could not be loaded (the file is neither an event document nor a schedule).',
    );
    expect(loadFailureText({ failure: 'unsafe' }, 'bg')).to.equal('Съдържанието не може да бъде заредено (адресът не е безопасна връзка).');
  });

  it('calls a loaded document that is not valid, or an unknown reason, invalid data', () => {
    expect(loadFailureText({ failure: 'invalid' }, 'en')).to.equal('This content could not be shown: the data is not valid.');
    expect(loadFailureText({ failure: 'inline-json' }, 'bg')).to.equal('Съдържанието не може да бъде показано: данните не са валидни.');
  });

  it('names the inline script of <cluster-event> when its text is not JSON, and the shared reasons otherwise', () => {
    expect(failureText({ failure: 'inline-json' }, 'en')).to.equal('This content could not be loaded (the embedded document is not valid JSON).');
    expect(failureText({ failure: 'inline-json' }, 'bg')).to.equal('Съдържанието не може да бъде заредено (вграденият документ не е валиден JSON).');
    expect(failureText({ failure: 'http', status: 500 }, 'en')).to.equal('This content could not be loaded (HTTP 500).');
  });
});

describe('fragmentId', () => {
  it('decodes the id a fragment names, with or without the #', () => {
    expect(fragmentId('#trace-kei-objectives')).to.equal('trace-kei-objectives');
    expect(fragmentId('%D1%86%D0%B5%D0%BB%D0%B8')).to.equal('цели');
    expect(fragmentId('#a%20b')).to.equal('a b');
  });

  it('is null for an empty fragment and for broken percent-encoding', () => {
    expect(fragmentId('')).to.equal(null);
    expect(fragmentId('#')).to.equal(null);
    expect(fragmentId('#%E0%A4%A')).to.equal(null);
  });
});
