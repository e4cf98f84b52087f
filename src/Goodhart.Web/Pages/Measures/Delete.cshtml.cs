using Goodhart.Web.Cards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Measures;

/// <summary>Asks before a measure is deleted, then deletes it with its balancing links.</summary>
public sealed class DeleteModel : PageModel
{
    private readonly MeasureRegistry _registry;

    /// <summary>Reads from and writes to the registry.</summary>
    public DeleteModel(MeasureRegistry registry) => _registry = registry;

    /// <summary>The measure to delete.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The measure and its links, for the question.</summary>
    public MeasureEntry Entry { get; private set; } = null!;

    /// <summary>Asks whether to delete the measure, saying what goes with it.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _registry.FindAsync(Id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }

    /// <summary>Deletes the measure and its links, then goes back to the registry.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await _registry.DeleteAsync(Id, cancellationToken) ? Redirect("/measures") : NotFound();
}
