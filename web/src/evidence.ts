import { h, type Child } from './dom.js';
import { light, type Segment } from './highlight.js';

export type Range = { start: number; end: number };

/**
 * Buttons that show where in the text a value comes from: hovering or focusing one lights its
 * words; pressing it keeps them selected (and scrolls to them) until pressed again.
 */
export class EvidenceLinks {
  private pressed: HTMLButtonElement | undefined;

  constructor(private readonly segments: readonly Segment[]) {}

  button(content: Child | Child[], ranges: readonly Range[], opts: { label?: string; field?: string; class?: string } = {}): HTMLButtonElement {
    const btn = h('button', {
      type: 'button',
      class: `evidence ${opts.class ?? ''}`.trim(),
      'aria-pressed': 'false',
      'data-field': opts.field,
      title: opts.label ?? 'show in the text',
      on: {
        mouseenter: () => light(this.segments, ranges, 'lit'),
        mouseleave: () => light(this.segments, [], 'lit'),
        focus: () => light(this.segments, ranges, 'lit'),
        blur: () => light(this.segments, [], 'lit'),
        click: () => this.toggle(btn, ranges),
      },
    }, ...[content].flat());
    return btn;
  }

  private toggle(btn: HTMLButtonElement, ranges: readonly Range[]): void {
    const wasPressed = this.pressed === btn;
    this.pressed?.setAttribute('aria-pressed', 'false');
    this.pressed = wasPressed ? undefined : btn;
    btn.setAttribute('aria-pressed', String(!wasPressed));
    light(this.segments, wasPressed ? [] : ranges, 'selected');
  }
}
