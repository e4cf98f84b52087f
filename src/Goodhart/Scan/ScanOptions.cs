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

    /// <summary>The severity rule of the detectors that do not carry their own (the three still to come).</summary>
    public SeverityRule Rule { get; init; } = SeverityRule.Default;

    /// <summary>The severity rule each detector classifies with, by finding code.</summary>
    public SeverityRule RuleFor(string code) => code switch
    {
        ScanCodes.Rushing => Rushing.Rule,
        ScanCodes.Parking => Parking.Rule,
        ScanCodes.PretendNumbers => PretendNumbers.Rule,
        ScanCodes.StoringUp => StoringUp.Rule,
        _ => Rule,
    };
}
