// A chart card: one API call shown as an ECharts chart, the same figures in a table (exact, and readable without
// the chart), and "Download CSV" of that same call. The chart's bars are geometry only; every figure a person reads
// comes from the API's exact text.

import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

import { h, replace } from './dom.js';
import { toNumber } from './exact.js';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const PALETTE = ['#1f5fa8', '#b5561b', '#2f7d4f', '#6b4aa0'];

/** The charts on the page by id, for whoever needs to read what a chart shows (the browser tests do). */
const registry = new Map();
window.industryCharts = registry;

const horizontalBoxes = new WeakSet();

const resizer = new ResizeObserver(entries => {
  for (const entry of entries) {
    const chart = echarts.getInstanceByDom(entry.target);
    if (!chart) continue;
    chart.setOption(axesFor(entry.target.clientWidth, horizontalBoxes.has(entry.target)));
    chart.resize();
  }
});

/**
 * The axes' sizing for a chart {@code width} px wide: on a phone the category names take at most about a third of a
 * horizontal chart (170 px otherwise) and the value axis has fewer ticks, so its labels never run into each other.
 */
export function axesFor(width, horizontal) {
  const narrow = width > 0 && width < 480;
  const category = { axisLabel: { width: horizontal ? Math.min(170, Math.max(72, Math.round(width * 0.34))) : 80 } };
  const value = { splitNumber: narrow ? 2 : 5 };
  return horizontal ? { xAxis: value, yAxis: category } : { xAxis: category };
}

/**
 * Renders {@code spec} into {@code card}: {id, title, subtitle, controls, csv: {onClick}, columns: [{label, cell(row),
 * numeric}], rows, chart: {categories, series: [{name, values, type, axis}], horizontal, onClick(index)}, labels}.
 */
export function renderCard(card, spec, labels) {
  card.classList.add('card');
  card.id = 'card-' + spec.id;
  const headingId = 'h-' + spec.id;
  card.setAttribute('aria-labelledby', headingId);
  const chartBox = h('div', {
    class: 'chart' + (spec.chart.horizontal ? ' chart-tall' : ''), role: 'img', id: 'chart-' + spec.id,
    'aria-label': labels.chartOf,
    style: spec.chart.horizontal ? 'height:' + Math.max(220, 40 + spec.chart.categories.length * 28 * Math.max(1, spec.chart.series.length * 0.7)) + 'px' : null,
  });
  const table = h('table', { id: 'table-' + spec.id },
    h('caption', { class: 'visually-hidden' }, spec.title),
    h('thead', {}, h('tr', {}, spec.columns.map(c => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    h('tbody', {}, spec.rows.length
      ? spec.rows.map(row => h('tr', {}, spec.columns.map((c, i) =>
        h(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, class: c.numeric ? 'num' : null }, c.cell(row)))))
      : h('tr', {}, h('td', { colspan: spec.columns.length }, labels.noData))));
  replace(card,
    h('div', { class: 'card-head' },
      h('h2', { id: headingId }, spec.title, spec.subtitle ? h('span', { class: 'subtitle' }, ' · ' + spec.subtitle) : null),
      h('div', { class: 'card-tools' }, spec.controls || null,
        h('button', { type: 'button', class: 'secondary', id: 'csv-' + spec.id, onClick: spec.csv.onClick }, labels.downloadCsv))),
    chartBox,
    h('details', { class: 'data' }, h('summary', {}, labels.showData), h('div', { class: 'table-wrap' }, table)));
  draw(chartBox, spec);
}

function draw(box, spec) {
  const old = registry.get(spec.id);
  if (old && !old.isDisposed()) old.dispose();
  const chart = echarts.init(box, null, { renderer: 'svg' });
  const { categories, series, horizontal, onClick, valueFormat } = spec.chart;
  const sizing = axesFor(box.clientWidth, horizontal);
  const categoryAxis = { type: 'category', data: categories, inverse: horizontal,
    axisLabel: { width: (horizontal ? sizing.yAxis : sizing.xAxis).axisLabel.width, overflow: 'truncate', color: '#1d2a36' } };
  const valueAxis = { type: 'value', splitNumber: horizontal ? sizing.xAxis.splitNumber : 5, axisLabel: { formatter: compact, color: '#1d2a36' } };
  const hasSecond = series.some(s => s.axis === 1);
  chart.setOption({
    color: PALETTE,
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: hasSecond ? 48 : 16, top: series.length > 1 ? 36 : 12, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, textStyle: { color: '#1d2a36' } } : undefined,
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: undefined,
      formatter: params => {
        const list = Array.isArray(params) ? params : [params];
        if (!list.length) return '';
        const index = list[0].dataIndex;
        const lines = list.map(p => p.marker + p.seriesName + ': ' + escapeHtml(valueFormat(series[p.seriesIndex], index)));
        return escapeHtml(categories[index]) + '<br>' + lines.join('<br>');
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : (hasSecond ? [valueAxis, ratioAxis(series.find(s => s.axis === 1).values)] : valueAxis),
    series: series.map(s => ({
      name: s.name,
      type: s.type || 'bar',
      yAxisIndex: horizontal ? undefined : (s.axis || 0),
      data: s.values.map(v => (v === null ? null : toNumber(v))),
      connectNulls: false,
      barMaxWidth: 28,
      cursor: onClick ? 'pointer' : 'default',
    })),
  });
  if (onClick) chart.on('click', params => onClick(params.dataIndex, params.seriesIndex));
  registry.set(spec.id, chart);
  if (horizontal) horizontalBoxes.add(box);
  resizer.observe(box);
}

// growth after a near-empty year can be thousands of percent: the axis keeps to -100 %..+300 % so the usual
// years stay readable (the table and the tooltip give every exact figure)
function ratioAxis(values) {
  const numbers = values.filter(v => v !== null && v !== undefined).map(Number);
  const top = Math.min(3, Math.max(0.5, ...numbers));
  const bottom = Math.max(-1, Math.min(0, ...numbers));
  return {
    type: 'value', min: Math.floor(bottom * 2) / 2, max: Math.ceil(top * 2) / 2, splitLine: { show: false },
    axisLabel: { formatter: v => Math.round(v * 100) + ' %', color: '#1d2a36' },
  };
}

function compact(value) {
  const abs = Math.abs(value);
  if (abs >= 1e9) return value / 1e9 + ' bn';
  if (abs >= 1e6) return value / 1e6 + ' m';
  if (abs >= 1e3) return value / 1e3 + ' k';
  return String(value);
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The values a chart draws, per series, as the tests read them. */
export function chartData(id) {
  const chart = registry.get(id);
  return chart ? chart.getOption().series.map(s => s.data) : null;
}
