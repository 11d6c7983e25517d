import { customLabelLayoutEvents } from '../../domain/custom-label-layout/events';
import { CustomLabelLayoutDefinition } from './custom-layout';

/** Saved custom layouts' events, their layout checked by the same codec the label export reads them with. */
export const CUSTOM_LABEL_LAYOUT_EVENTS = customLabelLayoutEvents(CustomLabelLayoutDefinition);
