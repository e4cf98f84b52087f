using Goodhart.Web.Cards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Measures;

/// <summary>One measure's card with its health check.</summary>
public sealed class CardModel : PageModel
{
    private readonly MeasureRegistry _registry;

    /// <summary>Reads from the registry.</summary>
    public CardModel(MeasureRegistry registry) => _registry = registry;

    /// <summary>The measure shown.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The measure, its health and its links.</summary>
    public MeasureEntry Entry { get; private set; } = null!;

    /// <summary>Shows the card.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _registry.FindAsync(Id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        return Page();
    }
}
