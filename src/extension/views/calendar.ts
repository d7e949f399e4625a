// The Calendar view: the core's launches by month or by week; the view's title button switches.

import type { CalendarBy, ViewOptions } from '../../core';
import { TreeProvider } from './provider';
import type { ViewSource } from './source';

export class CalendarProvider extends TreeProvider {
  by: CalendarBy = 'month';

  constructor(source: ViewSource) {
    super(source, 'calendar');
  }

  toggle(): void {
    this.by = this.by === 'month' ? 'week' : 'month';
    this.refresh();
  }

  protected override options(): ViewOptions {
    return { by: this.by };
  }
}
