import { render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentRoute, followHistory, navigate, useRoute } from '../../src/app/router';
import { routePath, type Route } from '../../src/app/routes';

const GPK = 'gehandicaptenparkeerkaart';
const step = (stepId: string): Route => ({ name: 'step', permitId: GPK, stepId, fromCheck: false });
/** The microtask after the one `navigate` queued its write in, or later: by then the history is written. */
const afterMicrotasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What each render saw: the route given, what `currentRoute()` said, and the address bar. */
interface Seen {
  readonly shown: string;
  readonly current: string;
  readonly address: string;
}

function renderRoutes() {
  const seen: Seen[] = [];
  function Shows() {
    const route = useRoute();
    seen.push({ shown: routePath(route), current: routePath(currentRoute()), address: location.pathname });
    return <p>{routePath(route)}</p>;
  }
  render(<Shows />);
  return seen;
}

describe('the router', () => {
  let stopFollowing: () => void;
  beforeEach(() => {
    history.replaceState(null, '', routePath(step('cardKind')));
    stopFollowing = followHistory(window);
  });
  afterEach(() => stopFollowing());

  it('renders the new page before it writes the history, which it does before the next task', async () => {
    const seen = renderRoutes();
    const entries = history.length;
    navigate(step('applicationKind'));
    // Nothing written yet, but the app already knows where it is.
    expect(location.pathname).toBe(routePath(step('cardKind')));
    expect(currentRoute()).toEqual(step('applicationKind'));
    await afterMicrotasks();
    // The render saw the new route, from its listener and from `currentRoute()`, while the address was still the old one.
    expect(seen.at(-1)).toEqual({ shown: routePath(step('applicationKind')), current: routePath(step('applicationKind')), address: routePath(step('cardKind')) });
    expect(location.pathname).toBe(routePath(step('applicationKind')));
    expect(history.length).toBe(entries + 1);
  });

  it('replaces the entry with `replace`, and keeps the order of navigations in one task (a redirect right after)', async () => {
    renderRoutes();
    const entries = history.length;
    navigate({ name: 'check', permitId: GPK }, { replace: true });
    await afterMicrotasks();
    expect(location.pathname).toBe(routePath({ name: 'check', permitId: GPK }));
    expect(history.length).toBe(entries);

    navigate(step('applicationKind'));
    navigate(step('personalDetails'), { replace: true });
    expect(currentRoute()).toEqual(step('personalDetails'));
    await afterMicrotasks();
    expect(location.pathname).toBe(routePath(step('personalDetails')));
    expect(history.length).toBe(entries + 1);
  });

  it('follows Back and Forward to the entries it wrote', async () => {
    const seen = renderRoutes();
    navigate(step('applicationKind'));
    await afterMicrotasks();
    navigate(step('personalDetails'));
    await afterMicrotasks();
    history.back();
    await waitFor(() => expect(seen.at(-1)?.shown).toBe(routePath(step('applicationKind'))));
    expect(currentRoute()).toEqual(step('applicationKind'));
    history.back();
    await waitFor(() => expect(seen.at(-1)?.shown).toBe(routePath(step('cardKind'))));
    history.forward();
    await waitFor(() => expect(seen.at(-1)?.shown).toBe(routePath(step('applicationKind'))));
    expect(location.pathname).toBe(routePath(step('applicationKind')));
  });
});
