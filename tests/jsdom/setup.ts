import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { applications } from '../../src/application';
import { language } from '../../src/preferences';

afterEach(() => {
  cleanup();
  applications.set({});
  language.set('nl');
  localStorage.clear();
  history.replaceState(null, '', '/');
});
