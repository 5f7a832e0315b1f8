import type { ComponentChildren } from 'preact';

/** How much a button stands out: the page's main action, another one, or one that deletes. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/** The NL Design System (Utrecht) button classes of each variant. */
const variantClasses: Readonly<Record<ButtonVariant, string>> = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  danger: 'utrecht-button--primary-action utrecht-button--danger',
};

export interface ButtonProps {
  readonly variant: ButtonVariant;
  /** `submit` for a form's own button; `button` (the default) for everything else, so it never sends a form by accident. */
  readonly type?: 'button' | 'submit';
  /**
   * Busy with what it started: said as unavailable (`aria-disabled`) but kept focusable, so focus is
   * not lost and a screen reader can still find it (the `disabled` attribute would drop it from the
   * tab order). The caller ignores presses while busy.
   */
  readonly busy?: boolean;
  /**
   * A button among the page's actions (`hv-button`: a 44 px target that fills the row on a narrow
   * screen), the default; `false` for a small one beside other content, styled by `class`.
   */
  readonly action?: boolean;
  /** Classes of its own place on the page, after the button's classes. */
  readonly class?: string;
  readonly 'aria-pressed'?: boolean;
  readonly onClick?: () => void;
  readonly children: ComponentChildren;
}

/** A button of the app, with the design system's classes for its variant. */
export function Button({ variant, type = 'button', busy = false, action = true, class: extra, children, ...attributes }: ButtonProps) {
  const classes = ['utrecht-button', variantClasses[variant], action ? 'hv-button' : undefined, extra].filter(Boolean).join(' ');
  return (
    <button type={type} class={classes} aria-disabled={busy ? 'true' : undefined} {...attributes}>
      {children}
    </button>
  );
}
