import type { ComponentChildren, ComponentProps } from "preact";

export type ButtonVariant = "primary" | "secondary" | "warning" | "quiet";

type ButtonProps = Omit<ComponentProps<"button">, "class" | "className"> & {
  variant?: ButtonVariant;
  /** Shows the label while an action runs and blocks repeated clicks without losing focus. */
  busy?: boolean;
  busyLabel?: string;
  small?: boolean;
};

const cls = (variant: ButtonVariant, small?: boolean) => `btn btn--${variant}${small ? " btn--small" : ""}`;

export function Button({ variant = "primary", busy, busyLabel, small, children, type = "button", onClick, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={cls(variant, small)}
      aria-disabled={busy ? "true" : undefined}
      onClick={(e) => {
        if (busy) {
          e.preventDefault();
          return;
        }
        (onClick as ((ev: MouseEvent) => void) | undefined)?.(e as unknown as MouseEvent);
      }}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

export function ButtonLink({ href, variant = "primary", small, children }: { href: string; variant?: ButtonVariant; small?: boolean; children: ComponentChildren }) {
  return (
    <a href={href} class={cls(variant, small)}>
      {children}
    </a>
  );
}

export function ButtonGroup({ children }: { children: ComponentChildren }) {
  return <div class="btn-group">{children}</div>;
}

/** A row of link buttons to these pages (no links: nothing). */
export function LinkButtons({ links }: { links: { href: string; label: string }[] }) {
  return links.length ? (
    <ButtonGroup>
      {links.map((l) => (
        <ButtonLink key={l.href} href={l.href}>
          {l.label}
        </ButtonLink>
      ))}
    </ButtonGroup>
  ) : null;
}
