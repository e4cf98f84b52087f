using System.Globalization;
using System.Text.Json;
using Goodhart.Simulation;

namespace Goodhart.Data.Simulation;

/// <summary>
/// The ground-truth file written beside a simulated case log (<c>log.parquet</c> → <c>log.truth.json</c>): schema
/// version, settings, strengths, what each injection touched, and the gaming scan's options for the log.
/// </summary>
public static class GroundTruthFile
{
    /// <summary>The truth file for a log: the log's name with its extension replaced by <c>.truth.json</c>.</summary>
    /// <param name="logPath">The case log's path.</param>
    /// <returns>The truth file's path.</returns>
    public static string PathFor(string logPath) => Path.ChangeExtension(logPath, ".truth.json");

    /// <summary>The truth as JSON text (indented).</summary>
    /// <param name="truth">The truth of a simulation.</param>
    /// <param name="logFile">The log's file name, recorded so the truth file says what it describes.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(GroundTruth truth, string logFile)
    {
        ArgumentNullException.ThrowIfNull(truth);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var settings = truth.Settings;
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", GroundTruth.SchemaVersion);
            json.WriteString("file", logFile);
            json.WriteStartObject("settings");
            json.WriteNumber("cases", settings.Cases);
            json.WriteNumber("seed", settings.Seed);
            json.WriteString("start", Date(settings.Start));
            json.WriteNumber("days", settings.Days);
            json.WriteNumber("threshold", settings.Threshold);
            json.WriteString("thresholdUnit", "minutes");
            json.WriteString("comply", GroundTruth.Comply);
            json.WriteString("gamingStart", Date(settings.EffectiveGamingStart));
            json.WriteString("exemptCategory", SimulationSettings.ExemptCategory);
            json.WriteEndObject();
            json.WriteStartObject("strengths");
            foreach (var injection in truth.Injections)
            {
                json.WriteNumber(injection.Name, injection.Strength);
            }

            json.WriteEndObject();
            json.WriteStartObject("touched");
            foreach (var injection in truth.Injections)
            {
                json.WriteNumber(injection.Name, injection.Touched);
            }

            json.WriteEndObject();
            json.WriteStartArray("injections");
            foreach (var injection in truth.Injections)
            {
                json.WriteStartObject();
                json.WriteString("name", injection.Name);
                json.WriteNumber("strength", injection.Strength);
                json.WriteNumber("eligible", injection.Eligible);
                json.WriteNumber("touched", injection.Touched);
                json.WriteString("description", injection.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("log");
            json.WriteNumber("cases", truth.Cases);
            json.WriteString("firstArrival", Time(truth.FirstArrival));
            json.WriteString("lastArrival", Time(truth.LastArrival));
            json.WriteEndObject();
            json.WriteString("scanOptions", truth.ScanOptions);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes the truth to a file, under a temporary name first and then renamed.</summary>
    /// <param name="path">The truth file; replaced if it exists.</param>
    /// <param name="truth">The truth of a simulation.</param>
    /// <param name="logFile">The log's file name.</param>
    public static void Write(string path, GroundTruth truth, string logFile)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, ToJson(truth, logFile));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
