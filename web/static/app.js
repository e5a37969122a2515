// kechuang dashboard: the little script the pages use. Served from /static
// (the CSP allows no inline script); every page works without it.
(function () {
  'use strict';

  // Filters apply as soon as a choice is made.
  document.querySelectorAll('form.filters select').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });

  // Revenue and net profit chart from the data the server put on the element.
  var chartEl = document.getElementById('fin-chart');
  if (chartEl && window.echarts) {
    var data = JSON.parse(chartEl.getAttribute('data-chart'));
    // Bar labels at two decimals (three significant digits below 1); tooltips keep the stated value.
    var short = function (v) { return v == null ? '' : String(Number(Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3))); };
    var font = getComputedStyle(document.documentElement).fontFamily;
    var chart = window.echarts.init(chartEl, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font },
      color: ['#0b5cad', '#e07b39', '#2e9e6a', '#9b59b6'],
      // richText tooltips are drawn by ECharts itself: no HTML, nothing for the CSP to refuse.
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v == null ? '—' : v + ' ' + data.unit; } },
      legend: { top: 0 },
      grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.periods, axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value', name: data.unit, nameTextStyle: { align: 'left' } },
      series: data.series.map(function (s) {
        return { name: s.label, type: 'bar', data: s.values, barMaxWidth: 36, label: { show: data.periods.length <= 6, position: 'top', fontSize: 11, formatter: function (p) { return short(p.value); } } };
      }),
    });
    window.addEventListener('resize', function () { chart.resize(); });
    chartEl.setAttribute('data-drawn', 'true');
  }

  // Article page: a fact in the list lights up its words in the text.
  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll('mark.fact'), function (m) {
      return (' ' + m.getAttribute('data-facts') + ' ').indexOf(' ' + id + ' ') >= 0;
    });
  }
  document.querySelectorAll('aside .fact-item[data-fact]').forEach(function (item) {
    var id = item.getAttribute('data-fact');
    item.addEventListener('mouseenter', function () { marksOf(id).forEach(function (m) { m.classList.add('hover'); }); });
    item.addEventListener('mouseleave', function () { marksOf(id).forEach(function (m) { m.classList.remove('hover'); }); });
  });
  // A link with only #f-start-end (no ?hl=) still marks its sentence.
  function markTarget() {
    var target = location.hash.slice(1);
    if (!/^f-\d+-\d+$/.test(target) || document.querySelector('mark.fact.current')) return;
    var item = document.querySelector('aside .fact-item[data-span="' + target + '"]');
    if (item) marksOf(item.getAttribute('data-fact')).forEach(function (m) { m.classList.add('current'); });
  }
  markTarget();
  window.addEventListener('hashchange', function () {
    document.querySelectorAll('mark.fact.current').forEach(function (m) { m.classList.remove('current'); });
    markTarget();
  });
})();
