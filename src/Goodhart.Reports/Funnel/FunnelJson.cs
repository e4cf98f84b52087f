using System.Text;
using System.Text.Json;
using Goodhart.Spc.Funnel;

namespace Goodhart.Reports.Funnel;

/// <summary>
/// A funnel plot as JSON for other tools. The shape is versioned by <see cref="SchemaVersion"/>; fields are only
/// ever added within a version. Rates, the target, τ and limits are on the display scale (multiplied by
/// <c>multiplier</c>); τ² and φ are given on the analysis scale (per unit of denominator) as well, named so.
/// Numbers that are not finite are written as <c>null</c>.
/// </summary>
public static class FunnelJson
{
    /// <summary>The version of the JSON shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes <paramref name="result"/> as JSON text.</summary>
    /// <param name="result">The funnel.</param>
    /// <param name="includeCurve">Whether to write the limits over the drawing grid as well.</param>
    public static string Write(FunnelResult result, bool includeCurve = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Options.Multiplier;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ReportJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteString("kind", "funnel");
            w.WriteString("measure", FunnelTexts.KindCode(result.Kind));
            w.WriteNumber("multiplier", m);
            ReportJson.Number(w, "target", result.Target * m);
            w.WriteString("targetSource", result.TargetIsOverallRate ? "overall-rate" : "given");

            w.WriteStartObject("method");
            w.WriteString("limits", FunnelTexts.MethodCode(result.LimitMethod));
            w.WriteString("limitsAsked", FunnelTexts.MethodCode(result.Options.Limits));
            w.WriteNumber("z95", 1.959964);
            w.WriteNumber("z998", 3.090232);
            w.WriteString("reference", "Spiegelhalter 2005, Stat Med 24:1185-1202; Spiegelhalter 2005, Qual Saf Health Care 14:347-351");
            w.WriteString("description", FunnelTexts.LimitsInWords(result));
            w.WriteEndObject();

            w.WriteString("adjustment", FunnelTexts.AdjustmentCode(result.Adjustment));
            w.WriteString("adjustmentAsked", FunnelTexts.AdjustmentCode(result.Options.Adjustment));
            WriteDispersion(w, result.Overdispersion, result.Options, m);
            w.WriteString("summary", result.Summary);
            WriteUnits(w, result, m);
            if (includeCurve)
            {
                WriteCurve(w, result, m);
            }

            w.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                ReportJson.WriteMessage(w, warning);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDispersion(Utf8JsonWriter w, FunnelOverdispersion? d, FunnelOptions options, double m)
    {
        if (d is null)
        {
            w.WriteNull("phi");
            w.WriteNull("tau2");
            w.WriteNull("tau");
            w.WriteNull("test");
            return;
        }

        ReportJson.Number(w, "phi", d.Phi);
        ReportJson.Number(w, "tau2", d.Tau2);
        ReportJson.Number(w, "tau", d.Tau * m);
        w.WriteStartObject("test");
        w.WriteString("name", "I*phi against chi-squared on I-1 degrees of freedom");
        ReportJson.Number(w, "statistic", d.Statistic);
        w.WriteNumber("degreesOfFreedom", d.DegreesOfFreedom);
        ReportJson.Number(w, "pValue", d.PValue);
        w.WriteNumber("level", options.SignificanceLevel);
        w.WriteBoolean("overdispersed", d.IsSignificant);
        w.WriteNumber("winsorFraction", options.WinsorFraction);
        ReportJson.Number(w, "winsorLow", d.WinsorLow);
        ReportJson.Number(w, "winsorHigh", d.WinsorHigh);
        w.WriteNumber("units", d.Units);
        w.WriteEndObject();
    }

    private static void WriteUnits(Utf8JsonWriter w, FunnelResult result, double m)
    {
        w.WriteStartArray("units");
        foreach (var u in result.Units)
        {
            w.WriteStartObject();
            w.WriteNumber("index", u.Index);
            w.WriteString("unit", u.Name);
            ReportJson.Number(w, "numerator", u.Numerator);
            ReportJson.Number(w, "denominator", u.Denominator);
            ReportJson.Number(w, "rate", u.Rate * m);
            ReportJson.Number(w, "z", u.Z);
            ReportJson.Number(w, "adjustedZ", u.AdjustedZ);
            WriteLimits(w, u.Limits, m);
            w.WriteString("band", FunnelTexts.BandCode(u.Band));
            w.WriteString("signal", FunnelTexts.SignalCode(u.Signal));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCurve(Utf8JsonWriter w, FunnelResult result, double m)
    {
        w.WriteStartArray("curve");
        foreach (var point in result.Curve)
        {
            w.WriteStartObject();
            ReportJson.Number(w, "denominator", point.Denominator);
            WriteLimits(w, point.Limits, m);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLimits(Utf8JsonWriter w, FunnelLimits limits, double m)
    {
        ReportJson.Number(w, "lower95", limits.Lower95 * m);
        ReportJson.Number(w, "upper95", limits.Upper95 * m);
        ReportJson.Number(w, "lower998", limits.Lower998 * m);
        ReportJson.Number(w, "upper998", limits.Upper998 * m);
    }
}
