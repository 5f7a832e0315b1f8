import type { ComponentChildren } from 'preact';
import { navigate } from './router';
import { routePath, type Route } from './routes';

/** A real link to a page of the app (so it can be opened, copied, read as a link) that navigates in place. */
export function RouteLink({ to, class: className = 'utrecht-link', children, ...rest }: { to: Route; class?: string; children: ComponentChildren; 'aria-describedby'?: string; onFollow?: () => void }) {
  const { onFollow, ...attributes } = rest;
  return (
    <a
      class={className}
      href={routePath(to)}
      {...attributes}
      onClick={(event) => {
        event.preventDefault();
        onFollow?.();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
