import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from '../../../src/app/routes';

type Example<Name extends Route['name']> = Extract<Route, { readonly name: Name }>;

/** One page of every route, with parameters that need encoding: a new route fails to compile here until it has one. */
const examples: { readonly [Name in Exclude<Route['name'], 'notFound'>]: readonly Example<Name>[] } = {
  start: [{ name: 'start' }],
  linkDevice: [{ name: 'linkDevice' }],
  resume: [{ name: 'resume' }],
  drafts: [{ name: 'drafts' }],
  stop: [{ name: 'stop' }],
  staffSignIn: [{ name: 'staffSignIn' }],
  staffAdd: [{ name: 'staffAdd' }],
  backOffice: [{ name: 'backOffice' }],
  status: [{ name: 'status' }],
  consent: [{ name: 'consent', permitId: 'evenement' }],
  step: [
    { name: 'step', permitId: 'evenement', stepId: 'adres', fromCheck: false },
    { name: 'step', permitId: 'parkeer vergunning/2', stepId: 'stap ä?#', fromCheck: true },
  ],
  check: [{ name: 'check', permitId: 'evenement' }],
  sent: [{ name: 'sent', permitId: 'evenement' }],
  saveForLater: [{ name: 'saveForLater', permitId: 'evenement' }],
};

function parse(path: string): Route {
  const url = new URL(path, 'https://tablet.example');
  return parseRoute(url.pathname, url.search);
}

describe('the route table', () => {
  for (const route of Object.values(examples).flat()) {
    it(`reads back the page ${JSON.stringify(route)} from the address it gives it`, () => {
      expect(parse(routePath(route))).toEqual(route);
    });
  }

  it('gives the addresses people and tests know', () => {
    expect(routePath({ name: 'start' })).toBe('/');
    expect(routePath({ name: 'drafts' })).toBe('/concepten');
    expect(routePath({ name: 'status' })).toBe('/status');
    expect(routePath({ name: 'staffAdd' })).toBe('/medewerker-toevoegen');
    expect(routePath({ name: 'backOffice' })).toBe('/beheer');
    expect(routePath({ name: 'consent', permitId: 'evenement' })).toBe('/aanvraag/evenement/toestemming');
    expect(routePath({ name: 'step', permitId: 'evenement', stepId: 'adres', fromCheck: false })).toBe('/aanvraag/evenement/stap/adres');
    expect(routePath({ name: 'step', permitId: 'evenement', stepId: 'adres', fromCheck: true })).toBe('/aanvraag/evenement/stap/adres?vanuit=controle');
    expect(routePath({ name: 'check', permitId: 'evenement' })).toBe('/aanvraag/evenement/controleren');
    expect(routePath({ name: 'sent', permitId: 'evenement' })).toBe('/aanvraag/evenement/verstuurd');
    expect(routePath({ name: 'saveForLater', permitId: 'evenement' })).toBe('/aanvraag/evenement/bewaren');
  });

  it('ignores empty segments, as a typed address may have them', () => {
    expect(parse('/concepten/')).toEqual({ name: 'drafts' });
    expect(parseRoute('//aanvraag//evenement/controleren', '')).toEqual({ name: 'check', permitId: 'evenement' });
  });

  for (const path of ['/onbekend', '/concepten/extra', '/aanvraag', '/aanvraag/evenement', '/aanvraag/evenement/stap', '/aanvraag/evenement/onbekend', '/aanvraag/evenement/stap/adres/meer', '/iets/evenement/controleren', '/stap/evenement/stap/adres']) {
    it(`shows "not found" for the unknown address ${path}`, () => {
      expect(parse(path)).toEqual({ name: 'notFound' });
    });
  }

  it('points a page not found at the start, as it has no address of its own', () => {
    expect(routePath({ name: 'notFound' })).toBe('/');
  });
});
