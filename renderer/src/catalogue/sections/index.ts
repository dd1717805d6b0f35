import type { ComponentType } from 'react';
import { BasicsSection } from './BasicsSection';
import { DataItemsSection } from './DataItemsSection';
import { FormatSection } from './FormatSection';
import { SharingSection } from './SharingSection';

/** The entry form, top to bottom. A new block of fields is one more section here. */
export const ENTRY_SECTIONS: ComponentType[] = [BasicsSection, FormatSection, SharingSection, DataItemsSection];
