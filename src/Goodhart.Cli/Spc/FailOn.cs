using Goodhart.Spc;

namespace Goodhart.Cli.Spc;

/// <summary>Which verdicts make <c>goodhart spc</c> exit with code 1, for scripts that watch a measure.</summary>
internal sealed record FailOn(bool Concern, bool Fail)
{
    public static FailOn Parse(string? text)
    {
        if (text is null)
        {
            return new FailOn(false, false);
        }

        bool concern = false, fail = false;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "concern":
                    concern = true;
                    break;
                case "fail":
                    fail = true;
                    break;
                default:
                    throw new InputException($"--fail-on: '{part}' is not a verdict to fail on; use concern, fail, or concern,fail.");
            }
        }

        return new FailOn(concern, fail);
    }

    public bool Matches(IReadOnlyList<SpcResult> results) => results.Any(r =>
        (Concern && r.Variation == VariationVerdict.SpecialCauseConcern) || (Fail && r.Assurance == AssuranceVerdict.ConsistentlyFail));
}
