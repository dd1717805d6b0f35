import { createContext, useContext, type ReactNode } from 'react';

/**
 * Notes shown under a field beside (never instead of) its validation message, by dotted path —
 * e.g. a reviewer's comment on the field of a returned catalogue entry.
 */
export const FieldNotesContext = createContext<ReadonlyMap<string, ReactNode>>(new Map());

export const useFieldNote = (path: string): ReactNode => useContext(FieldNotesContext).get(path);
