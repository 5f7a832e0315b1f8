import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { applications } from '../../src/application';
import { language } from '../../src/preferences';

// jsdom does no layout, so it has no scrolling; the error summary's links scroll a label into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

afterEach(() => {
  cleanup();
  applications.set({});
  language.set('nl');
  localStorage.clear();
  history.replaceState(null, '', '/');
});
