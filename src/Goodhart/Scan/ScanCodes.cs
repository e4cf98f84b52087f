using Goodhart.Detection;

namespace Goodhart.Scan;

/// <summary>The seven findings of the gaming scan, by code, in the order every report lists them.</summary>
public static class ScanCodes
{
    /// <summary>Cases bunched just inside the target.</summary>
    public const string Rushing = RushingDetector.Code;

    /// <summary>Cases left alone once they have breached the target.</summary>
    public const string Parking = ParkingDetector.Code;

    /// <summary>Durations heaped on round values.</summary>
    public const string PretendNumbers = PretendNumbersDetector.Code;

    /// <summary>Completions crowded into the last days of each period.</summary>
    public const string StoringUp = StoringUpDetector.Code;

    /// <summary>Cases near the threshold moved into categories exempt from the target.</summary>
    public const string Reclassification = "reclassification";

    /// <summary>Easy cases served ahead of harder ones that arrived earlier.</summary>
    public const string CherryPicking = "cherry-picking";

    /// <summary>Cases closed just inside the target that come back soon after.</summary>
    public const string Rework = "rework";

    /// <summary>Every code, in report order.</summary>
    public static IReadOnlyList<string> All { get; } = [Rushing, Parking, PretendNumbers, StoringUp, Reclassification, CherryPicking, Rework];

    /// <summary>
    /// The heading of a finding that could not run, for detectors whose own title is not at hand (their finding never
    /// got made).
    /// </summary>
    /// <param name="code">One of <see cref="All"/>.</param>
    public static string Title(string code) => code switch
    {
        Rushing => "Rushing: cases bunched just inside the target",
        Parking => "Parking: cases left alone once they breach the target",
        PretendNumbers => "Pretend numbers: durations heaped on round values",
        StoringUp => "Storing up: completions crowded into the end of each period",
        Reclassification => "Reclassification: cases near the target moved into exempt categories",
        CherryPicking => "Cherry-picking: later, easier cases served ahead of earlier ones",
        Rework => "Rework: cases closed just inside the target that come back",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a finding of the gaming scan."),
    };
}
