/*
 * The slot page's chart: profit rate (%) on the left axis and margin (USDT) on the right, over a
 * linear time axis (no date adapter needed), from the slot's samples (GET .../samples?range=24h).
 * Times are written in the keeper's zone (data-zone). It reloads when the live stream says new
 * samples of this slot were stored, and when another range is chosen.
 */
(function () {
  'use strict';

  var canvas = document.getElementById('slot-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var styles = getComputedStyle(document.documentElement);
  function color(name, fallback) {
    var value = styles.getPropertyValue(name).trim();
    return value || fallback;
  }
  var rateColor = color('--chart-rate', '#2563eb');
  var marginColor = color('--chart-margin', '#d97706');
  var gridColor = color('--grid', '#e5e7eb');
  var range = canvas.dataset.range || '24h';
  var empty = document.getElementById('chart-empty');
  var timeFormat = new Intl.DateTimeFormat(undefined, {
    timeZone: canvas.dataset.zone || undefined,
    month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hour12: false
  });
  function time(millis) {
    return timeFormat.format(new Date(millis));
  }

  var chart = new window.Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: canvas.dataset.labelRate, data: [], yAxisID: 'rate', borderColor: rateColor,
          backgroundColor: rateColor, pointRadius: 1.5, borderWidth: 2, spanGaps: true, tension: 0.15
        },
        {
          label: canvas.dataset.labelMargin, data: [], yAxisID: 'margin', borderColor: marginColor,
          backgroundColor: marginColor, pointRadius: 1.5, borderWidth: 2, stepped: true
        }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          type: 'linear',
          ticks: { maxTicksLimit: 7, maxRotation: 0, callback: function (value) { return time(value); } },
          grid: { color: gridColor }
        },
        rate: {
          position: 'left', grid: { color: gridColor },
          title: { display: true, text: canvas.dataset.labelRate }
        },
        margin: {
          position: 'right', grid: { drawOnChartArea: false },
          title: { display: true, text: canvas.dataset.labelMargin }
        }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { title: function (items) { return items.length ? time(items[0].parsed.x) : ''; } } }
      }
    }
  });

  function points(times, values) {
    return times.map(function (t, i) {
      return { x: t, y: values[i] === null ? null : Number(values[i]) };
    });
  }

  function load() {
    fetch(canvas.dataset.samples + '?range=' + encodeURIComponent(range), {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('samples answered ' + response.status);
      }
      return response.json();
    }).then(function (series) {
      chart.data.datasets[0].data = points(series.time, series.profit_rate);
      chart.data.datasets[1].data = points(series.time, series.margin);
      chart.update();
      canvas.dataset.points = String(series.time.length);
      if (empty) {
        empty.hidden = series.time.length > 0;
      }
    }).catch(function (error) {
      canvas.dataset.error = String(error);
    });
  }

  document.querySelectorAll('[data-chart-range]').forEach(function (button) {
    button.addEventListener('click', function () {
      range = button.dataset.chartRange;
      document.querySelectorAll('[data-chart-range]').forEach(function (other) {
        other.setAttribute('aria-pressed', String(other === button));
      });
      load();
    });
  });
  document.body.addEventListener('keeper-slot-samples', load);
  load();
})();
