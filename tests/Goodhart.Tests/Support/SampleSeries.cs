using System.Globalization;
using Goodhart.Spc;
using Goodhart.Testing;

namespace Goodhart.Tests.Support;

/// <summary>Reads the SPC sample files in samples/spc with a few lines of plain code, so engine tests do not depend on the data layer.</summary>
internal static class SampleSeries
{
    public static string PathOf(string file) => RepositoryRoot.Combine("samples", "spc", file);

    /// <summary>qicharts2_nhs_accidents.csv: 20 weeks of (seen within 4 hours, attendances).</summary>
    public static SpcSeries NhsAccidents()
    {
        var rows = Rows("qicharts2_nhs_accidents.csv");
        return SpcSeries.Of(
            "England major A&E",
            rows.Select(r => (double?)double.Parse(r[1], CultureInfo.InvariantCulture)).ToList(),
            rows.Select(r => (double?)double.Parse(r[2], CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>spc_ae_type1_4hr.csv: 130 trusts × 36 months as series of (seen within 4 hours, attendances) by month.</summary>
    public static IReadOnlyList<SpcSeries> AeType1()
    {
        return Rows("spc_ae_type1_4hr.csv")
            .GroupBy(r => r[0])
            .Select(g => new SpcSeries(
                g.Key,
                g.Select(r => SpcKey.Of(DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList(),
                g.Select(r => (double?)double.Parse(r[2], CultureInfo.InvariantCulture)).ToList(),
                g.Select(r => (double?)double.Parse(r[3], CultureInfo.InvariantCulture)).ToList()))
            .ToList();
    }

    private static List<string[]> Rows(string file) =>
        File.ReadLines(PathOf(file)).Skip(1).Select(line => line.Replace("\"", "", StringComparison.Ordinal).Split(',')).ToList();
}
