import type { Command } from '../framework';
import { auditExportCommand } from './audit';
import { calendarAddWorkingDays, calendarBetween } from './calendar';
import { demandsList, demandsSuggest, zeroUpdatesCommand } from './demands';
import { entriesAdd, entriesList, entriesRemove, entriesShow } from './entries';
import { exportCommand, importCommand, validateCommand } from './exchange';
import { searchCommand } from './search';
import { loginCommand, logoutCommand, outboxListCommand, syncCommand } from './sync';
import { initCommand } from './workspace';
import { authorisationsList, requestsAdd, requestsDecide, requestsList, requestsShow, requestsSubmit } from './requests';
import { metricsCommand, noticesList, reportAnnual } from './evaluation';

/** Every CLI command. Features add theirs here. */
export const COMMANDS: Command[] = [initCommand, entriesList, entriesShow, entriesAdd, entriesRemove, calendarAddWorkingDays, calendarBetween, validateCommand, importCommand, exportCommand, searchCommand, loginCommand, logoutCommand, syncCommand, outboxListCommand, demandsList, demandsSuggest, zeroUpdatesCommand, requestsList, requestsAdd, requestsSubmit, requestsShow, requestsDecide, authorisationsList, metricsCommand, noticesList, reportAnnual, auditExportCommand];
