import { ClaimPopover, type ClaimPopoverProps } from './ClaimPopover.tsx';
import { Legend, type LegendProps } from './Legend.tsx';

export interface OverlayProps {
  legend: LegendProps | null;
  /** The open card: its props but those the overlay itself gives (view, close, step). */
  popover: Omit<ClaimPopoverProps, 'view' | 'onClose' | 'onStep'> | null;
  announcement: string;
  view: Window;
  onClosePopover: () => void;
  onStep: (direction: 1 | -1) => void;
}

/** Everything we show in the page, inside our shadow root. */
export function Overlay(props: OverlayProps) {
  return (
    <div class="cb-layer">
      {props.legend ? <Legend {...props.legend} /> : null}
      {props.popover ? (
        <ClaimPopover
          key={props.popover.claim.index}
          {...props.popover}
          view={props.view}
          onClose={props.onClosePopover}
          onStep={props.onStep}
        />
      ) : null}
      <div class="cb-sr" role="status" aria-live="polite" data-cb="live">
        {props.announcement}
      </div>
    </div>
  );
}
