// Reform index charts (ECharts). Containers carry data-reform-chart and the figures as JSON in
// data-chart: {kind: 'ranking' | 'lines' | 'radar', labels, series: [{name, data}]}. No inline
// scripts: the Content-Security-Policy forbids them. Buttons with data-reform-print print the page.
(function () {
  'use strict';

  var COLORS = ['#b3261e', '#0b5cad', '#1e7b45', '#a15c00', '#6b3fa0', '#616e7c'];
  var locale = document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN';

  function pct(v) {
    return v == null ? '' : Number(v).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' %';
  }

  function option(spec) {
    var base = { color: COLORS, tooltip: { valueFormatter: pct } };
    if (spec.kind === 'radar') {
      base.legend = { top: 0 };
      base.radar = { indicator: spec.labels.map(function (l) { return { name: l, max: 100 }; }), radius: '65%' };
      base.series = [{
        type: 'radar',
        data: spec.series.map(function (s) { return { name: s.name, value: s.data.map(Number) }; })
      }];
      return base;
    }
    base.tooltip.trigger = 'axis';
    base.grid = { left: 8, right: 48, top: 40, bottom: 8, containLabel: true };
    if (spec.kind === 'ranking') {
      base.grid.top = 16;
      var values = spec.series[0].data.map(Number);
      var min = Math.floor(Math.min.apply(null, values) / 5) * 5;
      base.xAxis = { type: 'value', min: Math.max(0, min - 5), max: 100, axisLabel: { formatter: '{value} %' } };
      base.yAxis = { type: 'category', inverse: true, data: spec.labels, axisLabel: { width: 200, overflow: 'truncate' } };
      base.series = [{
        type: 'bar', name: spec.series[0].name, data: values,
        label: { show: true, position: 'right', formatter: function (p) { return pct(p.value); } }
      }];
      return base;
    }
    base.legend = { top: 0, type: 'scroll' };
    base.xAxis = { type: 'category', data: spec.labels };
    base.yAxis = { type: 'value', scale: true, axisLabel: { formatter: '{value} %' } };
    base.series = spec.series.map(function (s) {
      return { type: 'line', name: s.name, data: s.data, connectNulls: false, symbolSize: 8 };
    });
    return base;
  }

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-reform-chart]').forEach(function (el) {
      var spec;
      try {
        spec = JSON.parse(el.getAttribute('data-chart'));
      } catch (e) {
        return;
      }
      if (!spec || !spec.labels || spec.labels.length === 0) {
        el.hidden = true;
        return;
      }
      if (spec.kind === 'ranking') {
        el.style.height = Math.max(200, 22 * spec.labels.length + 40) + 'px';
      }
      var chart = echarts.getInstanceByDom(el) || echarts.init(el);
      chart.setOption(option(spec), true);
      el.setAttribute('data-drawn', 'true');
    });
  }

  function start() {
    draw(document);
    document.querySelectorAll('[data-reform-print]').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-reform-chart][data-drawn]').forEach(function (el) {
        var chart = echarts.getInstanceByDom(el);
        if (chart) { chart.resize(); }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
