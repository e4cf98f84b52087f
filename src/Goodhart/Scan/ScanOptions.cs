using Goodhart.Detection;
using Goodhart.Findings;

namespace Goodhart.Scan;

/// <summary>The target and every detector's settings for one scan; each detector's defaults unless set.</summary>
/// <param name="Target">The time target in whole units.</param>
public sealed record ScanOptions(DurationTarget Target)
{
    /// <summary>The rushing detector's settings.</summary>
    public RushingOptions Rushing { get; init; } = new(Target);

    /// <summary>The parking detector's settings.</summary>
    public ParkingOptions Parking { get; init; } = new(Target);

    /// <summary>The pretend-numbers detector's settings.</summary>
    public PretendNumbersOptions PretendNumbers { get; init; } = PretendNumbersOptions.Default;

    /// <summary>The storing-up detector's settings.</summary>
    public StoringUpOptions StoringUp { get; init; } = StoringUpOptions.Default;

    /// <summary>The reclassification detector's settings.</summary>
    public ReclassificationOptions Reclassification { get; init; } = ReclassificationOptions.Default;

    /// <summary>The cherry-picking detector's settings.</summary>
    public CherryPickingOptions CherryPicking { get; init; } = CherryPickingOptions.Default;

    /// <summary>The rework detector's settings.</summary>
    public ReworkOptions Rework { get; init; } = ReworkOptions.Default;

    /// <summary>The severity rule each detector classifies with, by finding code.</summary>
    public SeverityRule RuleFor(string code) => code switch
    {
        ScanCodes.Rushing => Rushing.Rule,
        ScanCodes.Parking => Parking.Rule,
        ScanCodes.PretendNumbers => PretendNumbers.Rule,
        ScanCodes.StoringUp => StoringUp.Rule,
        ScanCodes.Reclassification => Reclassification.Rule,
        ScanCodes.CherryPicking => CherryPicking.Rule,
        ScanCodes.Rework => Rework.Rule,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not a finding code of the scan."),
    };
}
