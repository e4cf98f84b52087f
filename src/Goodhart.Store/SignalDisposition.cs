using Goodhart.Reviews;

namespace Goodhart.Store;

/// <summary>What a review decided about one signal of a measure's chart, and why.</summary>
public sealed class SignalDisposition
{
    /// <summary>The disposition's identity, made by the application.</summary>
    public Guid Id { get; set; }

    /// <summary>The meeting that decided.</summary>
    public Guid MeetingId { get; set; }

    /// <summary>The measure whose chart showed the signal.</summary>
    public Guid MeasureId { get; set; }

    /// <summary>The period the signal began: with the measure, it names the signal (see <see cref="MeasureSignal.Key"/>).</summary>
    public DateOnly SignalFirst { get; set; }

    /// <summary>The signal's latest period when it was discussed.</summary>
    public DateOnly SignalLast { get; set; }

    /// <summary>The rules the signal broke, as their ids separated by spaces (e.g. <c>shift beyond-limits</c>).</summary>
    public string Rules { get; set; } = "";

    /// <summary>Noise, being investigated, or real.</summary>
    public Disposition Disposition { get; set; }

    /// <summary>Why, or <c>null</c>.</summary>
    public string? Note { get; set; }

    /// <summary>The action raised for a real signal, or <c>null</c>.</summary>
    public Guid? ActionId { get; set; }
}
