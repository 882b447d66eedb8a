// Organisation pages: the org chart (ECharts tree). No inline scripts: the page marks the chart
// element with data-org-chart (the JSON URL) and data-unit-url (where a double-click leads).
(function () {
  'use strict';

  // ECharts renders a tooltip formatter's answer as HTML: every value from the data (names come from
  // imports and forms) is escaped before it reaches it. Default tooltips escape on their own.
  function escapeHtml(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function draw(el) {
    if (typeof echarts === 'undefined') {
      return;
    }
    fetch(el.getAttribute('data-org-chart'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var count = 0;
        (function walk(n) { count++; (n.children || []).forEach(walk); })(data);
        el.style.height = Math.max(420, Math.min(4000, count * 14)) + 'px';
        var chart = echarts.init(el);
        chart.setOption({
          tooltip: {
            trigger: 'item',
            formatter: function (p) {
              var name = escapeHtml(p.data.name);
              return p.data.value ? name + '<br>' + escapeHtml(p.data.value) : name;
            }
          },
          series: [{
            type: 'tree',
            data: [data],
            top: '2%', left: '12%', bottom: '2%', right: '25%',
            orient: 'LR',
            initialTreeDepth: 2,
            symbolSize: 8,
            expandAndCollapse: true,
            animationDuration: 300,
            label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
            leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } }
          }]
        });
        var base = el.getAttribute('data-unit-url');
        chart.on('dblclick', function (p) {
          if (p.data && p.data.value && base) {
            window.location.href = base + encodeURIComponent(p.data.value);
          }
        });
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  function init() {
    document.querySelectorAll('[data-org-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
