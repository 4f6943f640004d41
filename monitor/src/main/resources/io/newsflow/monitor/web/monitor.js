"use strict";
// Polls the monitor's JSON (api/series once, then api/snapshot and new series points every
// refresh) and redraws in place; no page reload, no internet (uPlot comes from the jar).
(function () {
  const REFRESH_MS = 2000;
  const charts = {};
  const data = { throughput: null, lag: null, latency: null };
  let lastTime = 0;

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function pct(v) { return v === null || v === undefined ? "–" : (v * 100).toFixed(0) + "%"; }
  function num(v, digits) { return v === null || v === undefined ? "–" : Number(v).toFixed(digits || 0); }
  function row(cells, cls) {
    const tr = el("tr", null, cls);
    cells.forEach(c => {
      const td = typeof c === "object" && c !== null && c.nodeType ? (() => { const t = el("td"); t.appendChild(c); return t; })()
        : el("td", c, typeof c === "number" ? "num" : null);
      tr.appendChild(td);
    });
    return tr;
  }
  function fill(tableId, rows) {
    const body = document.querySelector("#" + tableId + " tbody");
    body.replaceChildren(...rows);
  }

  const COLORS = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2"];
  function makeChart(id, names) {
    const series = [{}].concat(names.map((n, i) => ({ label: n, stroke: COLORS[i % COLORS.length], width: 2 })));
    const target = document.getElementById(id);
    const opts = { width: 420, height: 220, series: series, scales: { x: { time: true } },
      axes: [{}, { size: 64 }], legend: { live: false } };
    const columns = [[]].concat(names.map(() => []));
    charts[id] = new uPlot(opts, columns, target);
    return { names: names, columns: columns };
  }
  function append(key, id, names, point, values) {
    if (!data[key]) data[key] = makeChart(id, names);
    const d = data[key];
    d.columns[0].push(point.time_ms / 1000);
    d.names.forEach((n, i) => d.columns[i + 1].push(values(n)));
    const max = 1800;
    if (d.columns[0].length > max) d.columns.forEach(c => c.splice(0, c.length - max));
    charts[id].setData(d.columns);
  }
  function addPoints(points) {
    points.forEach(p => {
      append("throughput", "chart-throughput", Object.keys(p.per_second), p, n => p.per_second[n]);
      append("lag", "chart-lag", Object.keys(p.lag), p, n => p.lag[n]);
      append("latency", "chart-latency", ["p50", "p95", "p99"], p,
        n => ({ p50: p.p50_ms, p95: p.p95_ms, p99: p.p99_ms })[n]);
      lastTime = Math.max(lastTime, p.time_ms);
    });
  }

  function render(s) {
    document.getElementById("status").textContent =
      s.time + " · up " + num(s.uptime_seconds) + " s · newest article " +
      (s.latency.newest_article_age_seconds === null ? "none yet" : num(s.latency.newest_article_age_seconds, 1) + " s old");
    document.getElementById("status").className = "";
    const cards = s.topics.map(t => {
      const c = el("div", null, "card");
      c.appendChild(el("div", t.topic));
      c.appendChild(el("div", num(t.per_second.minute, 2) + " /s", "big"));
      c.appendChild(el("div", t.count.since_start + " " + (t.counted === "offsets" ? "records in topic" : "read") +
        " · " + t.count.hour + " last hour"));
      return c;
    });
    const lat = s.latency.fetch_to_article_ms.hour;
    const lc = el("div", null, "card");
    lc.appendChild(el("div", "fetch → article (last hour)"));
    lc.appendChild(el("div", lat.count ? num(lat.p50) + " ms" : "–", "big"));
    lc.appendChild(el("div", "p95 " + num(lat.p95) + " ms · p99 " + num(lat.p99) + " ms"));
    cards.push(lc);
    document.getElementById("topics").replaceChildren(...cards);

    const lagRows = [];
    s.lag.forEach(g => {
      if (g.error) { lagRows.push(row([g.group, g.error, "", "", "", "", ""])); return; }
      g.partitions.forEach(p => lagRows.push(row([g.group + " (" + g.state + ")", p.topic + "-" + p.partition,
        p.committed, p.end, p.lag, num(p.trend_per_second.minute, 2), p.max.hour])));
    });
    fill("lag", lagRows);

    const by = s.dead_letters.by_reason;
    const key = r => r.stage + "/" + r.reason;
    const count = (list, r) => (list.find(x => key(x) === key(r)) || { count: 0 }).count;
    fill("dead-letters", by.since_start.map(r => {
      const ex = el("div");
      s.dead_letters.examples.filter(e => key(e) === key(r)).forEach(e =>
        ex.appendChild(el("div", (e.url || "(no URL)") + " — " + e.message, "example")));
      return row([r.stage, r.reason, count(by.minute, r), count(by.hour, r), r.count, ex]);
    }));

    const healthRow = (name, f, flags) => row([name, f.pages, pct(f.dead_letter_share), num(f.median_words),
      pct(f.short_share), pct(f.no_title_share), pct(f.no_date_share), pct(f.no_authors_share),
      Object.entries(f.languages).map(([l, n]) => l + " " + n).join(", "),
      flags.map(fl => fl.metric + " " + pct(fl.recent_share) + " (was " + pct(fl.history_share) + ")").join("; ")],
      flags.length ? "flagged" : null);
    fill("health", [healthRow("all sites", s.health.overall.hour, [])]
      .concat(s.health.sites.map(r => healthRow(r.site, r.hour, r.flags))));

    document.getElementById("top-entities").replaceChildren(
      ...s.top.entities.map(e => el("li", e.name + " (" + e.type + ") " + e.count)));
    document.getElementById("top-sites").replaceChildren(
      ...s.top.sites.map(e => el("li", e.name + " " + e.count)));
  }

  async function tick() {
    try {
      const series = await fetch("api/series?since=" + lastTime, { cache: "no-store" });
      if (series.ok) addPoints(await series.json());
      const snap = await fetch("api/snapshot", { cache: "no-store" });
      if (snap.ok) { const s = await snap.json(); if (s) render(s); }
    } catch (e) {
      const st = document.getElementById("status");
      st.textContent = "monitor not reachable, retrying";
      st.className = "stale";
    }
    setTimeout(tick, REFRESH_MS);
  }

  // For tests and curious operators: how many points each chart holds.
  window.newsflowMonitor = {
    points: () => Object.fromEntries(Object.entries(data).map(([k, d]) => [k, d ? d.columns[0].length : 0]))
  };
  tick();
})();
