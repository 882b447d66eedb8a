// Staffing charts (ECharts). Pages mark chart containers with data-staffing-chart and pass the
// figures as JSON in data-chart: {kind: 'bars' | 'lines' | 'ranking', labels, series: [{name, data}],
// minimum?, expected?}. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  'use strict';

  var COLORS = ['#b3261e', '#0b5cad', '#1e7b45', '#a15c00', '#6b3fa0', '#616e7c'];
  var locale = document.documentElement.lang === 'en' ? 'en-US' : 'vi-VN';

  function number(v) {
    return typeof v === 'number' ? v.toLocaleString(locale) : v;
  }

  function percent(v) {
    return number(typeof v === 'number' ? v : Number(v)) + ' %';
  }

  // Legends and axis labels at a readable size, percentages with the reader's decimal comma (6,44 %),
  // and province names in the ranking cut to the chart's width on a phone.
  function option(spec, width) {
    var base = {
      color: COLORS,
      textStyle: { fontSize: 13 },
      tooltip: { trigger: 'axis', valueFormatter: number },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true }
    };
    if (spec.kind === 'ranking') {
      var labels = spec.labels.slice().reverse();
      var values = spec.series[0].data.slice().reverse();
      base.grid.top = 16;
      base.xAxis = { type: 'value', axisLabel: { formatter: percent, fontSize: 12 } };
      base.yAxis = { type: 'category', data: labels,
        axisLabel: { width: Math.min(220, Math.round((width || 600) * 0.4)), overflow: 'truncate', fontSize: 12 } };
      var marks = [];
      if (spec.minimum != null) { marks.push({ xAxis: Number(spec.minimum), name: 'min' }); }
      if (spec.expected != null) { marks.push({ xAxis: Number(spec.expected), name: 'exp' }); }
      base.series = [{
        type: 'bar', name: spec.series[0].name, data: values.map(Number),
        label: { show: true, position: 'right', formatter: function (p) { return percent(p.value); } },
        markLine: marks.length ? { symbol: 'none', data: marks,
          label: { formatter: function (p) { return percent(p.value); } } } : undefined
      }];
      return base;
    }
    base.legend = { top: 0, type: 'scroll', textStyle: { fontSize: 13 } };
    base.xAxis = { type: 'category', data: spec.labels, axisLabel: { interval: 0, hideOverlap: true, fontSize: 12 } };
    base.yAxis = { type: 'value', axisLabel: { formatter: number, fontSize: 12 } };
    base.series = spec.series.map(function (s) {
      return spec.kind === 'lines'
        ? { type: 'line', name: s.name, data: s.data, smooth: false, symbolSize: 6 }
        : { type: 'bar', name: s.name, data: s.data };
    });
    return base;
  }

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-staffing-chart]').forEach(function (el) {
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
        el.style.height = Math.max(200, 36 * spec.labels.length + 40) + 'px';
      }
      var chart = echarts.getInstanceByDom(el) || echarts.init(el);
      chart.setOption(option(spec, el.clientWidth), true);
      el.setAttribute('data-drawn', 'true');
    });
  }

  function start() {
    draw(document);
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-staffing-chart][data-drawn]').forEach(function (el) {
        var chart = echarts.getInstanceByDom(el);
        if (chart) { chart.resize(); }
      });
    });
    // Filters swap the report with htmx: draw the charts of the new content.
    document.body.addEventListener('htmx:afterSwap', function (evt) { draw(evt.target); });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
