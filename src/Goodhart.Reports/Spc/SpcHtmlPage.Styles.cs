namespace Goodhart.Reports.Spc;

/// <content>The stylesheet inlined in the page.</content>
public static partial class SpcHtmlPage
{
    private static readonly string Styles = $$"""
        :root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --paper: #ffffff; --canvas: #f3f4f6; }
        *, *::before, *::after { box-sizing: border-box; }
        body {
          margin: 0; background: var(--canvas); color: var(--ink);
          font-family: "DejaVu Sans", Verdana, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
          font-size: 15px; line-height: 1.5;
        }
        .spc { max-width: 78rem; margin: 1.5rem auto; padding: 2rem 2.5rem; background: var(--paper); border-radius: 6px;
          box-shadow: 0 1px 3px rgba(0, 0, 0, .08), 0 4px 16px rgba(0, 0, 0, .05); }
        h1, h2, h3, td, dd, li { overflow-wrap: anywhere; }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 1.25rem; padding-bottom: .75rem; }
        h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .6rem; }
        h2 { font-size: 1.25rem; margin: 1.75rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1rem; margin: 0 0 .3rem; }
        .pairs { margin: 0 0 .75rem; display: grid; grid-template-columns: fit-content(30%) minmax(0, 1fr); gap: .15rem 1.25rem; }
        .pairs > div { display: contents; }
        .pairs dt { font-weight: bold; }
        .pairs dd { margin: 0; }
        .rules-title { margin: .5rem 0 .2rem; font-weight: bold; }
        .rules { margin: 0 0 .5rem; padding-inline-start: 1.2rem; font-size: .9rem; }
        code { font-size: .85rem; background: #f6f8fa; padding: 0 .25rem; border-radius: 3px; }
        .key { font-size: .88rem; color: var(--muted); margin: .4rem 0 0; }
        .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 50%; vertical-align: -.1rem; margin-inline-start: .6rem; }
        .swatch.target { border-radius: 0; height: 0; width: 1.2rem; border-top: 2px dashed {{SpcPalette.Target}}; vertical-align: .2rem; }
        .table-wrap { overflow-x: auto; margin: 0 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: .88rem; }
        th, td { text-align: start; vertical-align: middle; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
        thead th { border-bottom: 2px solid var(--ink); background: #f6f8fa; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.v-special-cause-concern td:first-child { border-inline-start: 4px solid {{SpcPalette.Concern}}; }
        .verdict { display: inline-flex; align-items: center; gap: .35rem; }
        .spc-icon { flex: none; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1.25rem 1.5rem; }
        .tile { border: 1px solid var(--rule); border-radius: 4px; padding: .6rem .75rem .4rem; }
        .verdicts { margin: 0 0 .3rem; font-size: .82rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
        .chart { margin: 0; }
        .chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
        .warnings { margin: .3rem 0 0; padding-inline-start: 1.1rem; font-size: .8rem; color: var(--muted); }
        .back { margin: .2rem 0 0; font-size: .78rem; }
        details { font-size: .82rem; margin: .3rem 0 0; }
        details summary { cursor: pointer; color: var(--muted); }
        details p { margin: .3rem 0 0; }
        a { color: #0b5cad; }
        footer { margin-top: 2rem; padding-top: .6rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
        @media (max-width: 40rem) { .spc { margin: 0; padding: 1rem; border-radius: 0; box-shadow: none; } }
        @media print {
          @page { size: A4 landscape; margin: 12mm; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { background: #fff; }
          .spc { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          .tile, tr { break-inside: avoid; page-break-inside: avoid; }
          .back { display: none; }
        }

        """;
}
