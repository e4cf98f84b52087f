using Goodhart.Reports;
using Goodhart.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Goodhart.Web.Scans;

/// <summary>
/// Where a scan's files live: one folder per scan under <c>scans</c> in the data folder, named by the scan's id, holding
/// the uploaded file and the reports under fixed names. No part of a path comes from what a user sent.
/// </summary>
/// <param name="options">The app's options (the data folder).</param>
public sealed class ScanFolders(IOptions<GoodhartWebOptions> options)
{
    /// <summary>The folder holding every scan's folder.</summary>
    public string Root => Path.Combine(options.Value.DataFolder(), "scans");

    /// <summary>The folder of one scan.</summary>
    /// <param name="id">The scan's id.</param>
    public string Folder(Guid id) => Path.Combine(Root, id.ToString("N"));

    /// <summary>The stored upload of a scan.</summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="storedFileName">The name the server gave the file (<see cref="UploadName"/>).</param>
    public string File(Guid id, string storedFileName) => Path.Combine(Folder(id), Path.GetFileName(storedFileName));

    /// <summary>The name an upload is stored under, from the kind its content showed: <c>upload.csv</c>, <c>upload.parquet</c>, <c>upload.xlsx</c>.</summary>
    /// <param name="kind">The kind found by <see cref="CaseFileSniffer"/>.</param>
    public static string UploadName(CaseFileKind kind) => "upload" + CaseFileSniffer.Extension(kind);

    /// <summary>A report of a scan in one format.</summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="format">The format.</param>
    public string Report(Guid id, ReportFormat format) => Path.Combine(Folder(id), "report" + ReportFormats.Extension(format));

    /// <summary>The chart of one finding, as SVG.</summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="code">The finding's code (letters and '-', from the library).</param>
    public string Chart(Guid id, string code) => Path.Combine(Folder(id), $"chart-{Safe(code)}.svg");

    /// <summary>Removes every report and chart of a scan, keeping its upload.</summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="storedFileName">The upload's stored name.</param>
    public void ClearOutputs(Guid id, string storedFileName)
    {
        var folder = new DirectoryInfo(Folder(id));
        if (!folder.Exists)
        {
            return;
        }

        foreach (var file in folder.EnumerateFiles().Where(f => f.Name != storedFileName))
        {
            file.Delete();
        }
    }

    /// <summary>Deletes a scan's folder: its upload and its outputs.</summary>
    /// <param name="id">The scan's id.</param>
    public void Delete(Guid id)
    {
        var folder = Folder(id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Safe(string code) => new([.. code.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
}
