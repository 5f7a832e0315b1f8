/**
 * The wizard's addresses, as data: every page is declared once here, with its path pattern (`:name`
 * is a parameter) and, for a step, the flag its query may carry. Both reading an address
 * (`parseRoute`) and writing one (`routePath`) follow this table, so they cannot drift apart.
 * Paths carry only the permit and the step, never an answer or a name: a shared tablet's history
 * must not reveal anything personal.
 */
const routeTable = {
  start: { path: '/' },
  linkDevice: { path: '/koppelen' },
  resume: { path: '/verder' },
  drafts: { path: '/concepten' },
  stop: { path: '/stoppen' },
  staffSignIn: { path: '/medewerker' },
  staffAdd: { path: '/medewerker-toevoegen' },
  backOffice: { path: '/beheer' },
  /** Public: where an application stands, with its receipt's reference and status code (also on a device never linked). */
  status: { path: '/status' },
  consent: { path: '/aanvraag/:permitId/toestemming' },
  /** `fromCheck`: came from the check-answers page, so "Volgende" returns there. */
  step: { path: '/aanvraag/:permitId/stap/:stepId', flag: { name: 'fromCheck', query: 'vanuit=controle' } },
  check: { path: '/aanvraag/:permitId/controleren' },
  sent: { path: '/aanvraag/:permitId/verstuurd' },
  saveForLater: { path: '/aanvraag/:permitId/bewaren' },
} as const satisfies Record<string, { readonly path: string; readonly flag?: { readonly name: string; readonly query: string } }>;

type RouteTable = typeof routeTable;
type RouteName = keyof RouteTable;

/** The parameter names in a path pattern: `'/aanvraag/:permitId/stap/:stepId'` gives `'permitId' | 'stepId'`. */
type ParamNames<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : Path extends `${string}:${infer Name}` ? Name : never;

type FlagName<Name extends RouteName> = RouteTable[Name] extends { readonly flag: { readonly name: infer Flag extends string } } ? Flag : never;

type RouteFor<Name extends RouteName> = { readonly name: Name } & { readonly [Param in ParamNames<RouteTable[Name]['path']>]: string } & { readonly [Flag in FlagName<Name>]: boolean };

/** One page of the app with its parameters, e.g. `{ name: 'step', permitId, stepId, fromCheck }`. */
export type Route = { [Name in RouteName]: Simplify<RouteFor<Name>> }[RouteName] | { readonly name: 'notFound' };

type Simplify<T> = { [Key in keyof T]: T[Key] };

interface Declared {
  readonly name: RouteName;
  readonly segments: readonly string[];
  readonly flag?: { readonly name: string; readonly query: string };
}

const declared: readonly Declared[] = Object.entries(routeTable).map(([name, spec]) => ({
  name: name as RouteName,
  segments: segmentsOf(spec.path),
  ...('flag' in spec ? { flag: spec.flag } : {}),
}));

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The page an address shows; `notFound` when no route matches. Empty segments (`//`, a trailing `/`) are ignored. */
export function parseRoute(pathname: string, search: string): Route {
  const parts = segmentsOf(pathname).map(decodeURIComponent);
  for (const route of declared) {
    if (route.segments.length !== parts.length) continue;
    const values: Record<string, string | boolean> = { name: route.name };
    const matches = route.segments.every((segment, index) => {
      const part = parts[index] ?? '';
      if (!segment.startsWith(':')) return segment === part;
      values[segment.slice(1)] = part;
      return true;
    });
    if (!matches) continue;
    if (route.flag) values[route.flag.name] = search.includes(route.flag.query);
    return values as Route;
  }
  return { name: 'notFound' };
}

/** The address of a page; a page not found has none of its own and points at the start. */
export function routePath(route: Route): string {
  if (route.name === 'notFound') return '/';
  const spec: RouteTable[RouteName] = routeTable[route.name];
  const values = route as unknown as Readonly<Record<string, string | boolean>>;
  const path = `/${segmentsOf(spec.path)
    .map((segment) => (segment.startsWith(':') ? encodeURIComponent(String(values[segment.slice(1)])) : segment))
    .join('/')}`;
  return 'flag' in spec && values[spec.flag.name] === true ? `${path}?${spec.flag.query}` : path;
}
