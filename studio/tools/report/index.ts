// The "Redactierapport" Studio tool (see ReportTool.tsx).
import { ClipboardIcon } from '@sanity/icons/Clipboard';
import type { Tool } from 'sanity';
import { ReportTool } from './ReportTool';

/** The tool's name in the Studio's address: /redactierapport. */
export const REPORT_TOOL_NAME = 'redactierapport';

/** The editor report as a Studio tool. */
export const reportTool: Tool = {
  name: REPORT_TOOL_NAME,
  title: 'Redactierapport',
  icon: ClipboardIcon,
  component: ReportTool,
};
