/**
 * The wizard's addresses, as data. Paths carry only the permit and the step, never an answer or a
 * name: a shared tablet's history must not reveal anything personal.
 */
export type Route =
  | { readonly name: 'start' }
  | { readonly name: 'consent'; readonly permitId: string }
  | { readonly name: 'step'; readonly permitId: string; readonly stepId: string; readonly fromCheck: boolean }
  | { readonly name: 'check'; readonly permitId: string }
  | { readonly name: 'sent'; readonly permitId: string }
  | { readonly name: 'saveForLater'; readonly permitId: string }
  | { readonly name: 'resume' }
  | { readonly name: 'drafts' }
  | { readonly name: 'stop' }
  | { readonly name: 'linkDevice' }
  | { readonly name: 'staffSignIn' }
  | { readonly name: 'staffAdd' }
  | { readonly name: 'backOffice' }
  | { readonly name: 'notFound' };

/** Pages with a fixed address of one word. */
const singlePages = {
  koppelen: 'linkDevice',
  verder: 'resume',
  concepten: 'drafts',
  stoppen: 'stop',
  medewerker: 'staffSignIn',
  'medewerker-toevoegen': 'staffAdd',
  beheer: 'backOffice',
} as const;

const FROM_CHECK = 'vanuit=controle';

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'start' };
  if (parts.length === 1) {
    const page = Object.entries(singlePages).find(([path]) => path === parts[0]);
    return page ? { name: page[1] } : { name: 'notFound' };
  }
  const [section, permitId, page, stepId] = parts;
  if (section !== 'aanvraag' || !permitId) return { name: 'notFound' };
  if (parts.length === 4 && page === 'stap' && stepId) {
    return { name: 'step', permitId, stepId, fromCheck: search.includes(FROM_CHECK) };
  }
  if (parts.length === 3 && page === 'toestemming') return { name: 'consent', permitId };
  if (parts.length === 3 && page === 'controleren') return { name: 'check', permitId };
  if (parts.length === 3 && page === 'verstuurd') return { name: 'sent', permitId };
  if (parts.length === 3 && page === 'bewaren') return { name: 'saveForLater', permitId };
  return { name: 'notFound' };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'start':
    case 'notFound':
      return '/';
    case 'linkDevice':
    case 'resume':
    case 'drafts':
    case 'stop':
    case 'staffSignIn':
    case 'staffAdd':
    case 'backOffice':
      return `/${Object.entries(singlePages).find(([, name]) => name === route.name)?.[0] ?? ''}`;
    case 'consent':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/toestemming`;
    case 'saveForLater':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/bewaren`;
    case 'step':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/stap/${encodeURIComponent(route.stepId)}${route.fromCheck ? `?${FROM_CHECK}` : ''}`;
    case 'check':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/controleren`;
    case 'sent':
      return `/aanvraag/${encodeURIComponent(route.permitId)}/verstuurd`;
  }
}
