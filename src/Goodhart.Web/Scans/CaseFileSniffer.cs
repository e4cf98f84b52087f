using System.IO.Compression;
using System.Text;

namespace Goodhart.Web.Scans;

/// <summary>
/// Tells what a file is from its bytes, not its name: Parquet by its magic bytes at both ends, an XLSX workbook by being
/// a zip archive with a workbook part, a text table by being UTF-8 without NUL bytes.
/// </summary>
public static class CaseFileSniffer
{
    private const int TextSample = 64 * 1024;

    /// <summary>The kind of the file.</summary>
    /// <param name="path">The stored file.</param>
    public static CaseFileKind Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length == 0)
        {
            return CaseFileKind.Unknown;
        }

        var head = new byte[Math.Min(TextSample, stream.Length)];
        stream.ReadExactly(head);
        if (stream.Length >= 12 && head.AsSpan().StartsWith("PAR1"u8))
        {
            var tail = new byte[4];
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(tail);
            return tail.AsSpan().SequenceEqual("PAR1"u8) ? CaseFileKind.Parquet : CaseFileKind.Unknown;
        }

        if (head.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            stream.Seek(0, SeekOrigin.Begin);
            return IsWorkbook(stream) ? CaseFileKind.Xlsx : CaseFileKind.Unknown;
        }

        return IsText(head, complete: stream.Length <= TextSample) ? CaseFileKind.Text : CaseFileKind.Unknown;
    }

    /// <summary>The extension the readers expect for a kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string Extension(CaseFileKind kind) => kind switch
    {
        CaseFileKind.Parquet => ".parquet",
        CaseFileKind.Xlsx => ".xlsx",
        CaseFileKind.Text => ".csv",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An unknown file has no extension."),
    };

    private static bool IsWorkbook(Stream stream)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("xl/workbook.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static bool IsText(byte[] sample, bool complete)
    {
        if (sample.AsSpan().Contains((byte)0))
        {
            return false;
        }

        // A sample cut mid-file may end inside a multi-byte character: leave out up to three trailing bytes of one.
        var length = sample.Length;
        if (!complete)
        {
            var back = 0;
            while (back < 3 && length - back - 1 >= 0 && (sample[length - back - 1] & 0xC0) == 0x80)
            {
                back++;
            }

            if (length - back - 1 >= 0 && sample[length - back - 1] >= 0xC0)
            {
                back++;
            }

            length -= back;
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(sample, 0, length);
            return text.Any(c => !char.IsWhiteSpace(c)) && !text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
