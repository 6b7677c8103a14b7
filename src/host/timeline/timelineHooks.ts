// Features that add to the timeline panel without living in it (plan against reality: actual bars, burn-up,
// drag to reschedule) plug in here, so the panel's own code stays about drawing the plan.
import type { RescheduleMessage } from '../../shared/historyProtocol';
import type { TimelinePanel } from './timelinePanel';

export interface TimelinePanelHooks {
  /** The panel just posted a layout (or an empty state) to its webview. */
  afterPost?(panel: TimelinePanel): void;
  /** A guarded reschedule message from the webview. */
  reschedule?(panel: TimelinePanel, message: RescheduleMessage): Promise<void>;
}

export const timelineHooks: TimelinePanelHooks = {};
