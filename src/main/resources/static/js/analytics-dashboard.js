// Draws the analytics dashboard's charts from the figures the page embeds (JSON in #dashboard-data).
(function () {
  const embedded = document.getElementById('dashboard-data');
  const data = embedded && JSON.parse(embedded.textContent);
  if (!data || !window.Chart || data.sellers.length === 0) {
    return;
  }
  const L = data.labels;
  const colors = { blue: '#12355b', teal: '#2a9d8f', amber: '#e9a23b', red: '#c0392b', grey: '#9aa5b1', violet: '#6c5ce7' };
  const keys = rows => rows.map(r => r.key);
  const title = text => ({ title: { display: true, text: text } });

  function bar(id, label, rows, datasets, options) {
    new Chart(document.getElementById(id), {
      type: 'bar',
      data: { labels: keys(rows), datasets: datasets },
      options: Object.assign({ plugins: title(label), responsive: true }, options || {})
    });
  }
  const stacked = { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } };

  const rated = data.sellers.filter(s => s.disputeRate !== null);
  bar('chart-rate', L.rate, rated, [{
    label: L.rate, backgroundColor: colors.blue,
    data: rated.map(s => Number(s.disputeRate) * 100)
  }], { scales: { y: { beginAtZero: true, ticks: { callback: v => v + ' %' } } } });

  bar('chart-outcomes', L.outcomes, data.platforms, [
    { label: L.negotiated, backgroundColor: colors.teal, data: data.platforms.map(p => p.resolvedInNegotiation) },
    { label: L.timeouts, backgroundColor: colors.amber, data: data.platforms.map(p => p.timeouts) },
    { label: L.arbitrated, backgroundColor: colors.violet, data: data.platforms.map(p => p.arbitrated) },
    { label: L.cancelled, backgroundColor: colors.grey, data: data.platforms.map(p => p.cancelled) },
    { label: L.open, backgroundColor: colors.blue,
      data: data.platforms.map(p => p.disputes - p.resolved - p.cancelled) }
  ], stacked);

  bar('chart-reasons', L.reasons, data.reasons, [
    { label: L.counted, backgroundColor: colors.red, data: data.reasons.map(r => r.counted) },
    { label: L.excluded, backgroundColor: colors.grey, data: data.reasons.map(r => r.disputes - r.counted) }
  ], Object.assign({ indexAxis: 'y' }, { scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }));

  bar('chart-responsibility', L.responsibility, data.platforms, [
    { label: L.seller, backgroundColor: colors.red, data: data.platforms.map(p => p.responsibility.seller) },
    { label: L.buyer, backgroundColor: colors.amber, data: data.platforms.map(p => p.responsibility.buyer) },
    { label: L.logistics, backgroundColor: colors.blue, data: data.platforms.map(p => p.responsibility.logistics) },
    { label: L.platform, backgroundColor: colors.grey, data: data.platforms.map(p => p.responsibility.platform) }
  ], stacked);

  bar('chart-hours', L.hours, data.platforms, [{
    label: L.hours, backgroundColor: colors.teal,
    data: data.platforms.map(p => p.averageHoursToResolution === null ? null : Number(p.averageHoursToResolution))
  }], { scales: { y: { beginAtZero: true } } });

  // one series per currency: amounts in different currencies are never added up
  const currencies = [...new Set(data.sellers.flatMap(s => s.refunds.map(m => m.currency)))];
  const palette = [colors.red, colors.blue, colors.teal, colors.amber];
  bar('chart-refunds', L.refunds, data.sellers, currencies.map((c, i) => ({
    label: c, backgroundColor: palette[i % palette.length],
    data: data.sellers.map(s => {
      const m = s.refunds.find(r => r.currency === c);
      return m ? Number(m.value) : 0;
    })
  })), { scales: { y: { beginAtZero: true } } });
})();
