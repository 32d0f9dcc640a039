/**
 * renderer/ui — shared components and the theme. Depends on React only; every string shown is
 * passed in by the caller (already translated).
 */
import './theme.css';

export { Button } from './Button.js';
export type { ButtonProps, ButtonVariant } from './Button.js';
export { Dialog } from './Dialog.js';
export type { DialogProps } from './Dialog.js';
export { Icon } from './Icon.js';
export type { IconName, IconProps } from './Icon.js';
export { Field } from './Field.js';
export type { FieldProps } from './Field.js';
export { Notice } from './Notice.js';
export type { NoticeLabels, NoticeProps, NoticeTone } from './Notice.js';
export { Tabs, tabId, tabPanelProps } from './Tabs.js';
export type { TabItem, TabsProps } from './Tabs.js';
export { Toolbar, ToolbarSeparator } from './Toolbar.js';
export type { ToolbarProps } from './Toolbar.js';
export { focusableWithin, trapTab } from './focus.js';
export { ErrorBoundary } from './ErrorBoundary.js';
export type { ErrorBoundaryProps } from './ErrorBoundary.js';
export { ChartView, CHART_PALETTE } from './charts/ChartView.js';
export { chartViewData } from './charts/chart-view-data.js';
export type { ChartViewData, ChartViewProps, ChartViewSeries } from './charts/ChartView.js';
export { toBase64 } from './base64.js';
export { PRESENTER_HASH } from './presenter-hash.js';
export { cachedMetafileSvg, isMetafile, metafileBlob, metafileDataUrl, metafileDataUrlFromBase64, metafileToSvg } from './metafile/index.js';
export { ChartEditDialog } from './charts/ChartEditDialog.js';
export type { ChartEditDialogProps } from './charts/ChartEditDialog.js';
export { CHART_EDIT_TYPES, CHART_LEGENDS, chartFromTable, chartTable, chartTypesFor, formatChartValue, parseChartValue, sampleChartData } from './charts/chart-edit-data.js';
export type { ChartLegendPlace, ChartSettings, ChartTable, EditableChart } from './charts/chart-edit-data.js';
export type { ChartEditLabels } from './charts/chart-edit-labels.js';
export type { ChartKind } from './charts/chart-scale.js';
