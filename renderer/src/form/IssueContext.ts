import { createContext, useContext } from 'react';
import type { IssueMap } from './issues';

export interface IssueState {
  /** Issues found as the officer types, by field path. */
  issues: IssueMap;
  /** Issues the core returned on save; shown until the officer edits again. */
  serverIssues: IssueMap;
  /** After a save attempt every issue shows, touched or not. */
  showAll: boolean;
}

export const IssueContext = createContext<IssueState>({ issues: new Map(), serverIssues: new Map(), showAll: false });

export const useIssues = (): IssueState => useContext(IssueContext);
