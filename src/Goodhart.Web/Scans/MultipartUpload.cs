using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Goodhart.Web.Scans;

/// <summary>
/// Reads the upload form of <c>/scans/new</c> as a stream, section by section, so a large file goes straight to disk
/// instead of being buffered as a form. The antiforgery token comes first in the form (it precedes the file input), and
/// is checked before a byte of the file is stored.
/// </summary>
public static class MultipartUpload
{
    /// <summary>Room for the form's other fields and the multipart framing, above the file's own limit.</summary>
    public const long FramingBytes = 1024 * 1024;

    private const int FieldBytes = 16 * 1024;

    /// <summary>What the form brought.</summary>
    /// <param name="Outcome">The upload's outcome, or <c>null</c> when the form had no file.</param>
    /// <param name="TokenRefused">Whether the antiforgery token was missing or wrong (then nothing was stored).</param>
    public sealed record Result(UploadOutcome? Outcome, bool TokenRefused);

    /// <summary>Reads the form and stores its file through <paramref name="jobs"/>.</summary>
    /// <param name="http">The request.</param>
    /// <param name="jobs">Stores and checks the file.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<Result> ReadAsync(HttpContext http, ScanJobs jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(jobs);
        var request = http.Request;
        if (request.ContentLength > jobs.UploadLimit + FramingBytes)
        {
            return new Result(new UploadOutcome.TooLarge(jobs.UploadLimit), false);
        }

        // The server's own cap (30 MB by default) would refuse a large file before the limit set for scans.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = jobs.UploadLimit + FramingBytes;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return new Result(new UploadOutcome.Refused(["The form was not sent as a file upload (multipart/form-data). Use the form on this page."]), false);
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var headerName = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName ?? "RequestVerificationToken";
        var reader = new MultipartReader(boundary, request.Body);
        var tokenChecked = false;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (disposition.IsFileDisposition())
            {
                if (!tokenChecked)
                {
                    return new Result(null, true);
                }

                var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (string.IsNullOrEmpty(fileName) && section.Body.ReadByte() < 0)
                {
                    // A file input left empty: the browser sends a part with no name and no bytes.
                    return new Result(null, false);
                }

                if (!string.IsNullOrEmpty(fileName))
                {
                    return new Result(await jobs.UploadAsync(section.Body, fileName, cancellationToken).ConfigureAwait(false), false);
                }
            }
            else if (name == "__RequestVerificationToken")
            {
                var token = await ReadFieldAsync(section.Body, cancellationToken).ConfigureAwait(false);
                request.Headers[headerName] = token;
                try
                {
                    await antiforgery.ValidateRequestAsync(http).ConfigureAwait(false);
                    tokenChecked = true;
                }
                catch (AntiforgeryValidationException)
                {
                    return new Result(null, true);
                }
            }
        }

        return tokenChecked ? new Result(null, false) : new Result(null, true);
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[FieldBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
