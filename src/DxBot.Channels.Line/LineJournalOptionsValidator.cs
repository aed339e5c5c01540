using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>Checks `Line:Journal` at start: an instance that cannot keep its events must not take any.</summary>
internal sealed class LineJournalOptionsValidator : IValidateOptions<LineOptions>
{
    public ValidateOptionsResult Validate(string? name, LineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var journal = options.Journal;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(journal.Folder))
        {
            failures.Add("Line:Journal:Folder must name a folder.");
        }

        if (journal.ClaimInterval <= TimeSpan.Zero)
        {
            failures.Add("Line:Journal:ClaimInterval must be positive.");
        }

        // A live instance touches its events once per interval: three rounds per ClaimAfter leave room for a slow one.
        if (journal.ClaimAfter < journal.ClaimInterval * 3)
        {
            failures.Add("Line:Journal:ClaimAfter must be at least three times Line:Journal:ClaimInterval.");
        }

        if (journal.ClaimAfter <= options.TurnTimeout)
        {
            failures.Add("Line:Journal:ClaimAfter must be longer than Line:TurnTimeout, or a slow turn would be taken over while it runs.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
