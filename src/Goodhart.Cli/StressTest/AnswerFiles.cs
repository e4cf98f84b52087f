using System.Text;
using Goodhart.Input;
using Goodhart.StressTest;

namespace Goodhart.Cli.StressTest;

/// <summary>Reading instruments and answer files from disk, and saving answers so that no answer is ever lost.</summary>
internal static class AnswerFiles
{
    public static Instrument LoadInstrument(CliContext context, string? path)
    {
        if (path is null)
        {
            return InstrumentLoader.Default;
        }

        var loaded = InstrumentLoader.Parse(ReadText(context, path, "instrument"), path);
        return loaded.Value ?? throw new InputException(loaded.Problems, "Fix the instrument file and run again; every problem is listed above.");
    }

    public static (AnswerSheet Sheet, IReadOnlyList<string> Warnings) LoadSheet(CliContext context, string path, Instrument instrument)
    {
        var loaded = AnswerSheetReader.Parse(ReadText(context, path, "answers"), path, instrument);
        if (loaded.Value is null)
        {
            throw new InputException(loaded.Problems, "Answers are whole numbers 0 to 4 (4 the riskiest) or \"not-sure\"; `goodhart stress-test template` writes a file listing every allowed value.");
        }

        return (loaded.Value, loaded.Warnings);
    }

    public static string ReadText(CliContext context, string path, string what)
    {
        var full = context.Resolve(path);
        if (!File.Exists(full))
        {
            throw new InputException([new InputProblem(path, 0, "", Directory.Exists(full) ? $"is a folder; expected a{(what == "answers" ? "n" : "")} {what} file" : $"no such {what} file")]);
        }

        try
        {
            var text = File.ReadAllText(full, new UTF8Encoding(false, throwOnInvalidBytes: true));
            if (text.Trim().Length == 0)
            {
                throw new InputException([new InputProblem(path, 0, "", $"the {what} file is empty")]);
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            throw new InputException([new InputProblem(path, 0, "", "is not UTF-8 text; save it as UTF-8 (JSON or YAML)")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException([new InputProblem(path, 0, "", $"cannot be read: {e.Message}")]);
        }
    }

    /// <summary>
    /// Saves the sheet by writing a temporary file beside it and renaming it over the old one, so a kill
    /// at any moment leaves either the previous or the new complete file, never a torn one.
    /// </summary>
    public static void Save(string path, AnswerSheet sheet, Instrument instrument)
    {
        var temp = path + ".saving";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(AnswerSheetWriter.ToJson(sheet, instrument)));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static void Require(IReadOnlyList<InputProblem> problems, string? hint = null)
    {
        if (problems.Count > 0)
        {
            throw new InputException(problems, hint);
        }
    }
}
