import type { ComponentType } from 'react';
import { BasicsSection } from './BasicsSection';
import { DataItemsSection } from './DataItemsSection';
import { ExtensionsSection } from './ExtensionsSection';
import { FormatSection } from './FormatSection';
import { GradingSection } from './GradingSection';
import { KindFieldsSection } from './KindFields';
import { SharingSection } from './SharingSection';

/** The entry form, top to bottom. A new block of fields is one more section here. */
export const ENTRY_SECTIONS: ComponentType[] = [BasicsSection, GradingSection, FormatSection, SharingSection, KindFieldsSection, DataItemsSection, ExtensionsSection];
