using Goodhart.Web;

await GoodhartWebApp.Create(args).RunAsync().ConfigureAwait(false);

/// <summary>The web app's entry point; public so functional tests can start it through WebApplicationFactory.</summary>
public partial class Program;
