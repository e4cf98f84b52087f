namespace Goodhart.Cli;

/// <summary>The exit codes of the goodhart command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>It worked, and a result reached the level given with <c>--fail-on</c>.</summary>
    public const int FailOn = 1;

    /// <summary>The command line or an input file was wrong; nothing was computed.</summary>
    public const int Usage = 2;
}
