namespace Goodhart.Cli.StressTest;

/// <summary>One question of the guided walk, in the order asked.</summary>
/// <param name="Step">The step it belongs to (0 = context, then one per dimension, then the checklist).</param>
/// <param name="Kind">What is asked.</param>
/// <param name="Id">The context question, item, dimension (for a reflection) or dysfunction id.</param>
internal sealed record WalkStep(int Step, WalkStepKind Kind, string Id);

/// <summary>The kinds of question in the walk.</summary>
internal enum WalkStepKind
{
    Context,
    Item,
    Reflection,
    Dysfunction,
}
