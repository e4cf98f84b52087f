namespace Goodhart.Reports.Rendering;

/// <content>The stylesheet inlined in every page.</content>
public static partial class HtmlRenderer
{
    /// <summary>
    /// Screen and print styles. Text that users typed wraps anywhere rather than overflowing; line
    /// breaks inside paragraphs are kept; tone colours come from <see cref="TonePalette"/>.
    /// </summary>
    private static readonly string Styles = $$"""
        :root {
          --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --paper: #ffffff; --canvas: #f3f4f6;
          --accent: #3a4a5c;
        }
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body {
          margin: 0; background: var(--canvas); color: var(--ink);
          font-family: "DejaVu Sans", Verdana, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif,
            "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji";
          font-size: 16px; line-height: 1.55;
        }
        .report {
          max-width: 52rem; margin: 2rem auto; padding: 2.5rem 3rem 2rem; background: var(--paper);
          border-radius: 6px; box-shadow: 0 1px 3px rgba(0, 0, 0, .08), 0 4px 16px rgba(0, 0, 0, .05);
        }
        h1, h2, h3, h4, p, li, dt, dd, td, figcaption, footer, blockquote { overflow-wrap: anywhere; }
        p, li, dd, dt, td, th, figcaption, footer, h1, h2, h3, h4 { white-space: pre-wrap; }
        .report-header { border-bottom: 2px solid var(--ink); margin-bottom: 1.5rem; padding-bottom: .75rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .35rem; }
        h2 { font-size: 1.35rem; line-height: 1.25; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 1.12rem; line-height: 1.3; margin: 1.5rem 0 .5rem; }
        h4 { font-size: 1rem; line-height: 1.3; margin: 1.25rem 0 .4rem; color: var(--accent); }
        .subtitle { color: var(--muted); font-size: 1.05rem; margin: 0; }
        p { margin: 0 0 .85rem; }
        .lead { font-size: 1.15rem; line-height: 1.5; }
        .note { font-size: .85rem; color: var(--muted); }
        blockquote {
          margin: 0 0 1rem; padding: .5rem 1rem; border-inline-start: 4px solid var(--rule);
          color: #33393f; font-style: italic; background: #fafbfc;
        }
        blockquote p { margin: 0; }
        ul { margin: 0 0 1rem; padding-inline-start: 1.4rem; }
        li { margin: .2rem 0; }
        .pairs { margin: 0 0 1rem; display: grid; grid-template-columns: fit-content(35%) minmax(0, 1fr); gap: .3rem 1.25rem; }
        .pairs > div { display: contents; }
        .pairs dt { font-weight: bold; }
        .pairs dd { margin: 0; }
        .table-wrap { overflow-x: auto; margin: 0 0 1.2rem; }
        table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        th, td { text-align: start; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--rule); }
        thead th { border-bottom: 2px solid var(--ink); background: #f6f8fa; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        /* Header words are never split; text cells break long words but keep a readable width. */
        th { overflow-wrap: break-word; }
        td { min-width: 5.5rem; }
        .num { text-align: right; font-variant-numeric: tabular-nums; min-width: 0; }
        .callout {
          margin: 0 0 1.2rem; padding: .85rem 1.1rem; border-radius: 4px;
          border-inline-start: 6px solid var(--tone); background: var(--tint);
        }
        .callout p { margin: .35rem 0 0; }
        .callout .callout-title { margin: 0; font-weight: bold; font-size: 1.08rem; }
        .tone-neutral { --tone: {{TonePalette.Strong(Documents.Tone.Neutral)}}; --tint: {{TonePalette.Tint(Documents.Tone.Neutral)}}; }
        .tone-low { --tone: {{TonePalette.Strong(Documents.Tone.Low)}}; --tint: {{TonePalette.Tint(Documents.Tone.Low)}}; }
        .tone-moderate { --tone: {{TonePalette.Strong(Documents.Tone.Moderate)}}; --tint: {{TonePalette.Tint(Documents.Tone.Moderate)}}; }
        .tone-high { --tone: {{TonePalette.Strong(Documents.Tone.High)}}; --tint: {{TonePalette.Tint(Documents.Tone.High)}}; }
        .tone-severe { --tone: {{TonePalette.Strong(Documents.Tone.Severe)}}; --tint: {{TonePalette.Tint(Documents.Tone.Severe)}}; }
        .chart { margin: 0 0 1.4rem; }
        .chart svg { display: block; width: 100%; height: auto; max-width: 100%; }
        figcaption { font-size: .88rem; color: var(--muted); margin-top: .35rem; font-style: italic; }
        .report-footer { margin-top: 2.5rem; padding-top: .6rem; border-top: 1px solid var(--rule); font-size: .8rem; color: var(--muted); }
        @media (max-width: 40rem) {
          .report { margin: 0; padding: 1.25rem 1rem; border-radius: 0; box-shadow: none; }
          .pairs { grid-template-columns: 1fr; gap: 0; }
          .pairs dd { margin-bottom: .5rem; }
        }
        @media print {
          @page { size: A4; margin: 20mm; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { background: #fff; font-size: 10.5pt; }
          .report { max-width: none; margin: 0; padding: 0; border-radius: 0; box-shadow: none; }
          .table-wrap { overflow: visible; }
          thead { display: table-header-group; }
          tr, .callout, figure, blockquote, .pairs > div { break-inside: avoid; page-break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          p { orphans: 2; widows: 2; }
        }

        """;
}
