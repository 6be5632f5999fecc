// Cockpit dashboard plugin "服务质量 Service quality" (Camunda 7.14+ plugin API, plain JavaScript).
// Data: GET /cockpit-reports/service-quality, which accepts the Cockpit session of managers,
// quality inspectors and administrators only; anyone else gets 401/403 and sees nothing here.
const ZH = (navigator.languages && navigator.languages[0] || navigator.language || 'en').toLowerCase().startsWith('zh');

const TEXT = {
  title: ['服务质量', 'Service quality'],
  month: ['本月', 'Month'],
  indicator: ['指标', 'Indicator'],
  value: ['实际', 'Actual'],
  target: ['目标', 'Target'],
  trend: ['近12个月趋势', 'Last 12 months'],
  breaches: ['未结超时案件', 'Open breaches'],
  noBreaches: ['本月没有未结的超时案件。', 'No open breaches this month.'],
  earlierBreaches: ['以前月份仍未结的超时案件', 'Still open from earlier months'],
  dueAt: ['到期时间', 'Due'],
  clock: ['时限', 'Clock'],
  caseNumber: ['案件号', 'Case'],
  heldBy: ['经办人', 'Held by'],
  daysLate: ['超时天数', 'Days late'],
  instance: ['流程实例', 'Process instance'],
  open: ['打开', 'Open'],
  claims: ['本月理赔', 'Claims this month'],
  clocks: ['法定时限', 'Statutory clocks'],
  due: ['到期', 'Due'],
  met: ['按时', 'Met'],
  breached: ['超时', 'Breached'],
  failed: ['服务质量数据暂不可用', 'Service quality figures are not available']
};
const t = key => TEXT[key][ZH ? 0 : 1];
// Indicator names come as "中文 English": show the half of the reader's language.
const label = name => {
  const at = name.search(/[A-Za-z]/);
  return at <= 0 ? name : (ZH ? name.slice(0, at).trim() : name.slice(at).trim());
};
const esc = value => String(value == null ? '' : value)
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const show = (value, unit) => value == null ? '—'
  : unit === 'share' ? (Number(value) * 100).toFixed(1) + '%' : String(value);

const TREND = ['customerSatisfaction', 'responseOnTime', 'processCompliance', 'complaintHandlingRate'];

function chart(points, id, name, target) {
  const width = 260, height = 90, pad = 18;
  const values = points.map(p => p[id] == null ? null : Number(p[id]));
  const x = i => pad + i * (width - 2 * pad) / Math.max(points.length - 1, 1);
  const y = v => height - pad - v * (height - 2 * pad);
  const line = values.map((v, i) => v == null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`).filter(Boolean);
  const dots = values.map((v, i) => v == null ? '' : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5">`
    + `<title>${esc(points[i].period)}: ${show(v, 'share')}</title></circle>`).join('');
  const goal = target == null ? '' : `<line x1="${pad}" x2="${width - pad}" y1="${y(target)}" y2="${y(target)}" `
    + `stroke="#b5152b" stroke-dasharray="4 3"><title>${t('target')} ${show(target, 'share')}</title></line>`;
  return `<figure class="sq-chart" data-indicator="${id}"><figcaption>${esc(label(name))}</figcaption>`
    + `<svg width="${width}" height="${height}" role="img" aria-label="${esc(label(name))}">`
    + `<line x1="${pad}" x2="${width - pad}" y1="${height - pad}" y2="${height - pad}" stroke="#ccc"/>`
    + goal + `<polyline fill="none" stroke="#1f6fb2" stroke-width="2" points="${line.join(' ')}"/>` + dots
    + `<text x="${pad}" y="${height - 3}" font-size="9">${esc(points[0].period)}</text>`
    + `<text x="${width - pad}" y="${height - 3}" font-size="9" text-anchor="end">${esc(points[points.length - 1].period)}</text>`
    + `</svg></figure>`;
}

function render(node, data) {
  const headline = data.indicators.map(i => {
    const state = i.targetMet == null ? '' : i.targetMet ? 'sq-met' : 'sq-missed';
    return `<tr class="${state}" data-indicator="${esc(i.indicator)}"><td>${esc(label(i.name))}</td>`
      + `<td class="sq-value">${show(i.value, i.unit)}</td><td>${show(i.target, i.unit)}</td></tr>`;
  }).join('');
  const byId = Object.fromEntries(data.indicators.map(i => [i.indicator, i]));
  const charts = TREND.map(id => chart(data.trend, id, byId[id].name, byId[id].target)).join('');
  const claims = (data.claims || []).map(c => `<td data-indicator="${esc(c.indicator)}">`
    + `<span class="sq-label">${esc(label(c.name))}</span> <strong class="sq-value">${show(c.value, c.unit)}</strong></td>`)
    .join('');
  const clocks = data.clocks.map(c => `<tr data-clock="${esc(c.clock)}"><td>${esc(label(c.name))}</td><td>${c.due}</td><td>${c.met}</td>`
    + `<td>${c.breached}</td></tr>`).join('');
  const breachRows = list => list.map(b => `<tr data-case="${esc(b.caseNumber)}"><td>${esc(label(b.clockName))}</td><td>${esc(b.caseNumber)}</td>`
    + `<td>${esc(String(b.dueAt || '').substring(0, 10))}</td><td>${esc(b.heldBy || '—')}</td><td>${esc(b.daysLate)}</td><td>`
    + (b.processInstanceId ? `<a class="sq-instance" href="#/process-instance/${encodeURIComponent(b.processInstanceId)}/runtime">`
      + `${t('open')}</a>` : '—') + `</td></tr>`).join('');
  const breachTable = (list, css) => `<table class="cam-table ${css}"><thead><tr><th>${t('clock')}</th><th>${t('caseNumber')}</th>`
    + `<th>${t('dueAt')}</th><th>${t('heldBy')}</th><th>${t('daysLate')}</th><th>${t('instance')}</th></tr></thead><tbody>`
    + breachRows(list) + `</tbody></table>`;
  const breaches = data.breaches.length === 0 ? `<p>${t('noBreaches')}</p>` : breachTable(data.breaches, 'sq-breaches');
  const earlier = data.earlierOpenBreaches || [];
  const earlierBreaches = earlier.length === 0 ? ''
    : `<h4>${t('earlierBreaches')}</h4>` + breachTable(earlier, 'sq-earlier-breaches');
  node.innerHTML = `<section class="sq-dashboard">
    <style>
      .sq-dashboard table { margin-bottom: 12px; }
      .sq-dashboard .sq-missed .sq-value { color: #b5152b; font-weight: bold; }
      .sq-dashboard .sq-met .sq-value { color: #227a36; font-weight: bold; }
      .sq-dashboard .sq-charts { display: flex; flex-wrap: wrap; gap: 12px; }
      .sq-dashboard figure { margin: 0; } .sq-dashboard circle { fill: #1f6fb2; }
    </style>
    <h3 class="sq-title">${t('title')} · ${t('month')} ${esc(data.period)} <small>(${esc(data.zone)})</small></h3>
    <table class="cam-table sq-headline"><thead><tr><th>${t('indicator')}</th><th>${t('value')}</th>
      <th>${t('target')}</th></tr></thead><tbody>${headline}</tbody></table>
    <h4>${t('claims')}</h4><table class="cam-table sq-claims"><tbody><tr>${claims}</tr></tbody></table>
    <h4>${t('trend')}</h4><div class="sq-charts">${charts}</div>
    <h4>${t('clocks')}</h4><table class="cam-table sq-clocks"><thead><tr><th>${t('clock')}</th><th>${t('due')}</th>
      <th>${t('met')}</th><th>${t('breached')}</th></tr></thead><tbody>${clocks}</tbody></table>
    <h4>${t('breaches')}</h4>${breaches}${earlierBreaches}
  </section>`;
}

export default {
  id: 'serviceQualityDashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    const period = new URLSearchParams(window.location.hash.split('?')[1] || '').get('sqPeriod');
    const url = '/cockpit-reports/service-quality' + (period ? '?period=' + encodeURIComponent(period) : '');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => {
        if (response.status === 401 || response.status === 403) {
          return null;
        }
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(data => {
        if (data) {
          render(node, data);
        } else {
          node.innerHTML = '';
          const section = node.closest && node.closest('section');
          if (section) {
            section.style.display = 'none';
          }
        }
      })
      .catch(() => { node.innerHTML = `<p class="sq-failed">${t('failed')}</p>`; });
  },
  properties: {
    label: ZH ? '服务质量 Service quality' : 'Service quality 服务质量'
  }
};
