// Draws each chart of a page from the table beside it: <div class="chart" data-chart="line|bar|pie"
// data-table="table id" data-series="group"> takes the table's row headers as categories and every
// column whose header has that data-series as a series (values from the cells' data-value).
(function () {
  'use strict';
  function series(table, group) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var columns = [];
    heads.forEach(function (th, i) {
      if (th.getAttribute('data-series') === group) {
        columns.push({ index: i, name: th.textContent.trim(), data: [] });
      }
    });
    var categories = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      categories.push(row.cells[0].textContent.trim());
      columns.forEach(function (c) {
        var cell = row.cells[c.index];
        c.data.push(cell ? Number(cell.getAttribute('data-value')) : 0);
      });
    });
    return { categories: categories, columns: columns };
  }

  function option(kind, s) {
    if (kind === 'pie') {
      var c = s.columns[0];
      return {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '65%'], name: c.name,
          data: s.categories.map(function (name, i) { return { name: name, value: c.data[i] }; }) }]
      };
    }
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: s.categories, axisLabel: { interval: 0, rotate: s.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: s.columns.map(function (c) { return { type: kind, name: c.name, data: c.data }; })
    };
  }

  function draw() {
    if (!window.echarts) {
      return;
    }
    var charts = [];
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-table]'), function (el) {
      var table = document.getElementById(el.getAttribute('data-table'));
      if (!table || !table.tBodies.length) {
        return;
      }
      var s = series(table, el.getAttribute('data-series'));
      if (!s.columns.length || !s.categories.length) {
        return;
      }
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption(option(el.getAttribute('data-chart'), s));
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
