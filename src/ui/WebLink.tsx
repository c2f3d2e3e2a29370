import type { ComponentChildren } from 'preact';
import { safeHref } from '../model/web-url.ts';

export interface WebLinkProps {
  href: string | null | undefined;
  class?: string;
  children: ComponentChildren;
}

/**
 * A link to a page the reader read, opened in a new tab, only when the address is http(s):
 * stored data reached us from pages and import files, and a `javascript:` or `data:` address
 * must never become something to click. Anything else shows as plain text.
 */
export function WebLink(props: WebLinkProps) {
  const href = safeHref(props.href);
  if (!href) return <span class={props.class}>{props.children}</span>;
  return (
    <a class={props.class} href={href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
