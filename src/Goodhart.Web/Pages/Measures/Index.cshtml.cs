using Goodhart.Web.Cards;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Measures;

/// <summary>The registry-wide view: every measure with its health flags.</summary>
public sealed class IndexModel : PageModel
{
    private readonly MeasureRegistry _registry;

    /// <summary>Reads from the registry.</summary>
    public IndexModel(MeasureRegistry registry) => _registry = registry;

    /// <summary>The registry and its health check.</summary>
    public RegistryView View { get; private set; } = null!;

    /// <summary>Shows the registry.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await _registry.ViewAsync(cancellationToken);
}
