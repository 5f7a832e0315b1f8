/**
 * The wizard's addresses, as data. Paths carry only the permit and the step, never an answer or a
 * name: a shared tablet's history must not reveal anything personal.
 */
export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'step'; readonly permitId: string; readonly stepId: string; readonly fromCheck: boolean }
  | { readonly name: 'check'; readonly permitId: string }
  | { readonly name: 'sent'; readonly permitId: string }
  | { readonly name: 'linkDevice' }
  | { readonly name: 'notFound' };

const FROM_CHECK = 'vanuit=controle';

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'start' };
  if (parts.length === 1 && parts[0] === 'koppelen') return { name: 'linkDevice' };
  const [section, permitId, page, stepId] = parts;
  if (section !== 'aanvraag' || !permitId) return { name: 'notFound' };
  if (parts.length === 4 && page === 'stap' && stepId) {
    return { name: 'step', permitId, stepId, fromCheck: search.includes(FROM_CHECK) };
  }
  if (parts.length === 3 && page === 'controleren') return { name: 'check', permitId };
  if (parts.length === 3 && page === 'verstuurd') return { name: 'sent', permitId };
  return { name: 'notFound' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'start':
    case 'notFound':
      return '/';
    case 'linkDevice':
      return '/koppelen';
    case 'step':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/stap/${encodeURIComponent(route.stepId)}${route.fromCheck ? `?${FROM_CHECK}` : ''}`;
    case 'check':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/controleren`;
    case 'sent':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/verstuurd`;
  }
}
