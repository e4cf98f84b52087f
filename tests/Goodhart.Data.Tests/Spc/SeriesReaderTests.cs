using Goodhart.Data.Spc;
using Goodhart.Data.Tests.Support;
using Goodhart.Input;
using Goodhart.Spc;

namespace Goodhart.Data.Tests.Spc;

public sealed class SeriesReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<SpcSeries> Ok(Loaded<IReadOnlyList<SpcSeries>> loaded)
    {
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Problems));
        return loaded.Value!;
    }

    private static InputProblem Single(Loaded<IReadOnlyList<SpcSeries>> loaded)
    {
        Assert.False(loaded.Succeeded);
        return Assert.Single(loaded.Problems);
    }

    [Fact]
    public void Read_AeType1SharedFile_Gives130SeriesOf36MonthsFromApril2016()
    {
        var series = Ok(SeriesReader.Read(SharedData.PathOf("spc_ae_type1_4hr.csv"), new SeriesColumns("y", "x", "n", "series")));

        Assert.Equal(130, series.Count);
        Assert.Equal("R1F", series[0].Name);
        Assert.All(series, s =>
        {
            Assert.Equal(36, s.Keys.Count);
            Assert.Equal(new DateOnly(2016, 4, 1), s.Keys[0].Date);
            Assert.Equal(new DateOnly(2019, 3, 1), s.Keys[^1].Date);
            Assert.Equal(36, s.Denominators!.Count);
        });

        // The first data row of the file: R1F,2016-04-01,2425,3154.
        Assert.Equal(2425, series[0].Values[0]);
        Assert.Equal(3154, series[0].Denominators![0]);
    }

    [Fact]
    public void Read_NhsAccidentsSharedFile_GivesOneSeriesOf20NamedAfterTheFile()
    {
        var series = Ok(SeriesReader.Read(SharedData.PathOf("qicharts2_nhs_accidents.csv"), new SeriesColumns("r", "i", "n")));

        var only = Assert.Single(series);
        Assert.Equal("qicharts2_nhs_accidents", only.Name);
        Assert.Equal(20, only.Keys.Count);
        Assert.Equal(1, only.Keys[0].Number);
        Assert.Equal(266501, only.Values[0]);
        Assert.Equal(280443, only.Denominators![0]);
    }
}
