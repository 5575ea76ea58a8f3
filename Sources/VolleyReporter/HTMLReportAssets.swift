/// The HTML report's inline style and script. Inline so the file is self-contained: it loads no
/// fonts, scripts or images, and its Content-Security-Policy forbids any network access.
enum HTMLReportAssets {
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    /// Set before anything else runs, so a script error is visible to a test (`data-rendered`).
    static let errorHook = """
        window.addEventListener("error", function (e) {
          document.documentElement.setAttribute("data-rendered", "error:" + e.message);
        });
        """

    /// Counts the rows per outcome, checks them against the summary, wires the filter buttons,
    /// and records `data-rendered="ok:passed:failed:errored:skipped"` on the root element.
    static let script = """
        (function () {
          "use strict";
          var root = document.documentElement;
          var outcomes = ["passed", "failed", "errored", "skipped"];
          var counts = {};
          outcomes.forEach(function (outcome) {
            counts[outcome] = document.querySelectorAll('tr.request[data-outcome="' + outcome + '"]').length;
            var shown = Number(document.getElementById("count-" + outcome).textContent);
            if (shown !== counts[outcome]) {
              throw new Error("summary says " + shown + " " + outcome + " but the table has " + counts[outcome]);
            }
          });
          document.querySelectorAll("button[data-filter]").forEach(function (button) {
            button.addEventListener("click", function () {
              root.setAttribute("data-filter", button.getAttribute("data-filter"));
              document.querySelectorAll("button[data-filter]").forEach(function (b) {
                b.setAttribute("aria-pressed", String(b === button));
              });
            });
          });
          if (root.getAttribute("data-rendered") === null) {
            root.setAttribute("data-rendered", "ok:" + outcomes.map(function (o) { return counts[o]; }).join(":"));
          }
        })();
        """

    static let style = """
        :root {
          --bg: #f6f7f9; --panel: #ffffff; --text: #1d2330; --muted: #667085; --line: #e4e7ec;
          --passed: #12a150; --failed: #d92d20; --errored: #c4320a; --skipped: #98a2b3; --accent: #4f46e5;
          --dns: #06aed4; --connect: #2e90fa; --tls: #7a5af8; --ttfb: #f79009; --transfer: #17b26a;
          --code-bg: #f2f4f7;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0f1218; --panel: #171b24; --text: #e6e9ef; --muted: #98a2b3; --line: #2a303c;
            --code-bg: #1f2430;
          }
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; background: var(--bg); color: var(--text);
          font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        code, pre, .num, td.ms { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
        main { max-width: 1280px; margin: 0 auto; padding: 24px 28px 48px; }
        header.run { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 24px; margin-bottom: 16px; }
        header.run h1 { margin: 0; font-size: 24px; letter-spacing: -0.01em; }
        header.run h1 .brand { color: var(--accent); }
        .meta { color: var(--muted); display: flex; flex-wrap: wrap; gap: 4px 18px; }
        .meta b { color: var(--text); font-weight: 600; }
        .command { width: 100%; background: var(--code-bg); padding: 6px 10px; border-radius: 6px; overflow-x: auto; white-space: nowrap; font-size: 12.5px; }
        .banner { padding: 10px 14px; border-radius: 8px; margin: 12px 0; font-weight: 500; }
        .banner.partial { background: #fef0c7; color: #93370d; border: 1px solid #fedf89; }
        .banner.stop { background: #fee4e2; color: #912018; border: 1px solid #fecdca; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(132px, 1fr)); gap: 12px; margin: 16px 0 24px; }
        .card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
        .card .num { display: block; font-size: 26px; font-weight: 650; line-height: 1.2; }
        .card .num small { font-size: 15px; color: var(--muted); font-weight: 500; }
        .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.06em; }
        .card.passed .num { color: var(--passed); } .card.failed .num { color: var(--failed); }
        .card.errored .num { color: var(--errored); } .card.skipped .num { color: var(--skipped); }
        .card.zero .num { color: var(--muted); }
        section { margin: 28px 0; }
        h2 { font-size: 18px; margin: 0 0 10px; display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
        .panel + h2 { margin-top: 22px; }
        h2 small { color: var(--muted); font-weight: 400; font-size: 13px; }
        .toolbar { display: flex; gap: 6px; align-items: center; margin: 8px 0 10px; color: var(--muted); }
        .toolbar button {
          font: inherit; border: 1px solid var(--line); background: var(--panel); color: var(--text);
          border-radius: 999px; padding: 3px 12px; cursor: pointer;
        }
        .toolbar button[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; }
        html[data-filter="problems"] tr.request[data-outcome="passed"],
        html[data-filter="problems"] tr.request[data-outcome="skipped"] { display: none; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; overflow: hidden; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; white-space: nowrap; }
        th { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; background: var(--panel); }
        tr:last-child td { border-bottom: 0; }
        td.name { white-space: normal; min-width: 200px; }
        td.name .folder { color: var(--muted); }
        td.name a { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
        td.ms { text-align: right; font-size: 12.5px; }
        th.ms { text-align: right; }
        td.ms.zero { color: var(--muted); }
        td.ms.total { font-weight: 650; }
        td.wf { width: 240px; min-width: 160px; }
        .badge { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; font-weight: 600; color: #fff; }
        .badge.passed { background: var(--passed); } .badge.failed { background: var(--failed); }
        .badge.errored { background: var(--errored); } .badge.skipped { background: var(--skipped); }
        .runs { color: var(--muted); font-size: 12px; margin-left: 6px; }
        .status.bad { color: var(--failed); font-weight: 600; }
        svg.waterfall { width: 100%; height: 14px; display: block; background: var(--code-bg); border-radius: 3px; }
        .ph-dns { fill: var(--dns); background: var(--dns); } .ph-connect { fill: var(--connect); background: var(--connect); }
        .ph-tls { fill: var(--tls); background: var(--tls); } .ph-ttfb { fill: var(--ttfb); background: var(--ttfb); }
        .ph-transfer { fill: var(--transfer); background: var(--transfer); }
        .legend { display: flex; flex-wrap: wrap; gap: 14px; color: var(--muted); font-size: 12px; margin: 8px 2px; }
        .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(380px, 1fr)); gap: 12px; }
        .chart { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
        .chart h3 { font-size: 14px; margin: 0 0 8px; font-weight: 600; }
        .chart h3 small { color: var(--muted); font-weight: 400; }
        .chart svg { width: 100%; display: block; }
        .chart text { font-size: 11px; fill: var(--muted); font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
        .chart text.value { fill: var(--text); }
        .bar-total { fill: var(--accent); } .bar-ttfb { fill: var(--ttfb); }
        .gridline { stroke: var(--line); stroke-width: 1; }
        .line-remaining { fill: none; stroke: var(--accent); stroke-width: 2; }
        .line-limit { fill: none; stroke: var(--muted); stroke-width: 1; stroke-dasharray: 4 4; }
        .line-credits { fill: none; stroke: var(--transfer); stroke-width: 2; }
        .dot-429 { fill: var(--failed); }
        .failure { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--failed); border-radius: 10px; padding: 12px 16px; margin: 0 0 12px; }
        .failure[data-outcome="errored"] { border-left-color: var(--errored); }
        .failure h3 { margin: 0 0 8px; font-size: 15px; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
        .failure h3 .where { color: var(--muted); font-weight: 400; font-size: 12.5px; }
        .problem { margin: 10px 0 0; }
        .problem .message { font-weight: 500; }
        .problem .message code { background: var(--code-bg); padding: 0 4px; border-radius: 4px; }
        .problem .loc { color: var(--muted); font-size: 12.5px; }
        pre.source { background: var(--code-bg); border-radius: 6px; padding: 8px 12px; margin: 6px 0 0; overflow-x: auto; font-size: 12.5px; }
        pre.source .ln { color: var(--muted); user-select: none; display: inline-block; min-width: 3ch; text-align: right; margin-right: 12px; }
        pre.source .caret { color: var(--failed); font-weight: 700; }
        .samples { color: var(--muted); font-size: 12.5px; margin: 10px 0 0; padding-left: 18px; }
        .attempts { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; padding-left: 18px; }
        .empty { color: var(--muted); padding: 12px 14px; }
        footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
        """
}
