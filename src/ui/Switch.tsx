import type { ButtonHTMLAttributes } from 'preact';

type ButtonAttributes = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'class' | 'role' | 'aria-checked' | 'children'
>;

export interface SwitchProps extends ButtonAttributes {
  on: boolean;
}

/**
 * An on/off switch: a button with the switch role, its state in aria-checked and drawn by the
 * knob. Name it with aria-label or aria-labelledby; the click handler flips the setting.
 */
export function Switch({ on, ...rest }: SwitchProps) {
  return (
    <button type="button" class="cb-switch" role="switch" aria-checked={on} {...rest}>
      <span class="cb-switch-knob" aria-hidden="true" />
    </button>
  );
}
