import type { ComponentChildren, ButtonHTMLAttributes } from 'preact';

type ButtonAttributes = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'class' | 'aria-label' | 'title' | 'children'
>;

export interface IconButtonProps extends ButtonAttributes {
  /** What the button does, for assistive tech: a glyph alone says nothing. */
  label: string;
  /** Tooltip when it says more than `label` (its key); `label` otherwise. */
  title?: string;
  /** The glyph sighted readers see. */
  children: ComponentChildren;
}

/** A button drawn as one glyph (‹ › × ⚙), named by `label` and showing it as its tooltip. */
export function IconButton({ label, title, children, ...rest }: IconButtonProps) {
  return (
    <button type="button" class="cb-iconbtn" aria-label={label} title={title ?? label} {...rest}>
      {children}
    </button>
  );
}
