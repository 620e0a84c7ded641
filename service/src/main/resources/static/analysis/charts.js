// Draws each dashboard table that names a chart beside it. The table stays as it is: it holds the figures in
// words for a screen reader, for print and for a browser without script, and the chart is read from it, so
// the two can never disagree. A withheld cell is left out of the chart (a gap), never drawn as a number.
(function () {
  'use strict';
  // Each at least 3:1 against the white page (WCAG 1.4.11): an accessibility trial measured the orange
  // at 2.78:1 before.
  var COLOURS = ['#1d70b8', '#b35900', '#00703c', '#b10e1e', '#6f72af', '#505a5f', '#912b88', '#85994b'];

  function value(cell) {
    var text = cell.textContent.trim();
    return /^\d+$/.test(text) ? Number(text) : null;
  }

  function draw(frame) {
    var table = document.getElementById(frame.getAttribute('data-for'));
    var stacked = table.getAttribute('data-chart') === 'stacked';
    var series = table.getAttribute('data-series').split(',').map(Number);
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return c.textContent.trim(); });
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (r) {
      return !r.classList.contains('analysis-total');
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', table.getAttribute('data-title') + ': a chart of the same figures as the table beside it');
    frame.appendChild(canvas);
    return new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.cells[0].textContent.trim(); }),
        datasets: series.map(function (column, i) {
          return {
            label: headers[column],
            backgroundColor: COLOURS[i % COLOURS.length],
            data: rows.map(function (r) { return value(r.cells[column]); })
          };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  // Chart.js does not redraw for print's layout by itself: each chart is fitted to its frame as printing
  // begins and ends, or its canvas keeps the screen's width.
  function fitAll(charts) {
    charts.forEach(function (chart) { chart.resize(); });
  }

  if (window.Chart) {
    var charts = Array.prototype.map.call(document.querySelectorAll('.analysis-chart[data-for]'), draw);
    window.addEventListener('beforeprint', function () { fitAll(charts); });
    window.addEventListener('afterprint', function () { fitAll(charts); });
    if (window.matchMedia) {
      window.matchMedia('print').addEventListener('change', function () { fitAll(charts); });
    }
  }
}());
