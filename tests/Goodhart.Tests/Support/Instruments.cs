using System.Collections.Immutable;
using Goodhart.StressTest;

namespace Goodhart.Tests.Support;

/// <summary>Small instruments and sheets built in code, so scoring tests can be computed by hand.</summary>
internal static class Instruments
{
    /// <summary>
    /// A tiny valid instrument: two dimensions (a: items a.x weight 1, a.y weight 3, a.z weight 1; b: items
    /// b.x, b.y, b.z weight 1), a usage question (target +0.2, pay +0.5), one dysfunction "rushing" amplifying a with
    /// dysfunction-amplify 0.4, power 2, bands 0/25/50/75.
    /// </summary>
    public const string TinyYaml = """
        id: tiny
        version: 1.0.0
        title: Tiny
        credit: test
        scoring:
          bands: {low: 0, moderate: 25, high: 50, severe: 75}
          overall-power: 2
          dysfunction-amplify: 0.4
          low-confidence: 0.6
          watch-at-least: 3
          likely-at-least: 50
          driver-count: 3
          ease-weight: 0.5
        context:
          - id: measure
            prompt: Name?
            kind: text
            required: true
          - id: usage
            prompt: Use?
            kind: multi-choice
            options:
              - {id: monitoring, label: Monitoring, amplify: 0}
              - {id: target, label: Target, amplify: 0.2}
              - {id: pay, label: Pay, amplify: 0.5}
        dimensions:
          - id: a
            title: A
            question: A?
            why: because
            reflection: Say more
            items:
              - {id: a.x, text: X, weight: 1, anchors: [a0, a1, a2, a3, a4]}
              - {id: a.y, text: Y, weight: 3, anchors: [b0, b1, b2, b3, b4], watch: watch y}
              - {id: a.z, text: Z, weight: 1, anchors: [c0, c1, c2, c3, c4]}
          - id: b
            title: B
            question: B?
            why: because
            reflection: Say more
            items:
              - {id: b.x, text: X, weight: 1, anchors: [a0, a1, a2, a3, a4]}
              - {id: b.y, text: Y, weight: 1, anchors: [a0, a1, a2, a3, a4]}
              - {id: b.z, text: Z, weight: 1, anchors: [a0, a1, a2, a3, a4]}
        checklist:
          title: Checklist
          prompt: How easy?
          anchors: [e0, e1, e2, e3, e4]
          dysfunctions:
            - {id: rushing, title: Rushing, question: Rush?, description: d, signal: s, amplifies: [a], evidence: [a.x, b]}
        countermeasures:
          - id: balance
            title: Balance
            advice: Do it
            triggers:
              - {item: a.x, at-least: 3}
              - {context: usage, options: [pay]}
        """;

    public static Instrument Tiny { get; } = InstrumentLoader.Parse(TinyYaml, "tiny.yaml").Value!;

    public static AnswerSheet Sheet(Instrument instrument, IReadOnlyDictionary<string, int?> items, IReadOnlyDictionary<string, int?>? dysfunctions = null, params string[] usage)
    {
        var sheet = AnswerSheet.Blank(instrument);
        sheet = sheet with
        {
            Context = sheet.Context.SetItem("measure", ["Calls answered within 60 seconds"]).SetItem("usage", [.. usage]),
            Items = items.ToImmutableDictionary(kv => kv.Key, kv => kv.Value is { } v ? ItemAnswer.Rated(v) : ItemAnswer.NotSure),
            Dysfunctions = (dysfunctions ?? new Dictionary<string, int?>()).ToImmutableDictionary(kv => kv.Key, kv => kv.Value is { } v ? ItemAnswer.Rated(v) : ItemAnswer.NotSure),
        };
        return sheet;
    }
}
