using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Knowledge;
using DxBot.Sessions;

namespace DxBot.Endpoints;

/// <summary>
/// Published sessions over HTTP: each city's iCalendar feed (public: the schedule residents may see), and for
/// administrators (`Admin:ApiKey`, as /admin) the sessions with their bookings, CSV/iCalendar import and cancelling
/// a session, which tells everyone booked.
/// </summary>
public static class SessionEndpoints
{
    /// <summary>The largest import accepted; a city's schedule is a few kilobytes.</summary>
    public const int MaxImportBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapSessions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cities/{id}/sessions.ics", async (string id, HttpContext context, ISessionStore store, IKnowledgeProvider knowledge, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (knowledge.Current.Generation == 0)
            {
                // The cities are known once the knowledge is loaded; until then, "not yet" rather than "no such city".
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            if (!knowledge.Current.Base.Cities.TryGetValue(id, out var city))
            {
                return Results.NotFound();
            }

            // A week back, so a session just held does not vanish from a calendar the moment it starts.
            var sessions = await store.ListAsync(city.Id, time.GetUtcNow().AddDays(-7), cancellationToken);
            return Results.Text(SessionCalendar.Feed(city.Id, city.Name, sessions, context.Request.Host.Host), SessionCalendar.ContentType);
        });

        var admin = endpoints.MapGroup("/admin/sessions").AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Admin:ApiKey"];
            if (string.IsNullOrEmpty(configured))
            {
                return Results.NotFound();
            }

            if (AdminEndpoints.IsAuthorized(context.HttpContext.Request.Headers.Authorization.ToString(), configured))
            {
                return await next(context);
            }

            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Unauthorized();
        });

        admin.MapGet("/", async (string city, ISessionStore store, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var sessions = await store.ListAsync(city, time.GetUtcNow().AddDays(-1), cancellationToken);
            return Results.Ok(sessions.Select(Body));
        });

        admin.MapGet("/{id:long}/bookings", async (long id, ISessionStore store, CancellationToken cancellationToken) =>
        {
            if (await store.FindAsync(id, cancellationToken) is not { } session)
            {
                return Results.NotFound();
            }

            // Numbers, states and times only: the residents' LINE ids stay encrypted in the database.
            var bookings = await store.BookingsForAsync(id, cancellationToken);
            return Results.Ok(new
            {
                Session = Body(session),
                Bookings = bookings.Select((b, i) => new { Number = i + 1, State = b.State.ToString().ToLowerInvariant(), b.Reminder, b.CreatedAt }),
            });
        });

        admin.MapPost("/import", async (HttpRequest request, string city, string? format, int? capacity, bool? sample, ISessionStore store, IKnowledgeProvider knowledge,
            ISessionNotifier notifier, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (knowledge.Current.Generation == 0)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            if (!knowledge.Current.Base.Cities.ContainsKey(city))
            {
                return Results.NotFound(new { Problems = new[] { $"unknown city {city}" } });
            }

            if (request.ContentLength > MaxImportBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            var isCalendar = format == "ics" || (format is null && (request.ContentType?.StartsWith("text/calendar", StringComparison.OrdinalIgnoreCase) ?? false));
            var now = time.GetUtcNow();
            var (sessions, problems) = isCalendar
                ? SessionCalendar.Read(text, city, capacity ?? 20, now)
                : SessionCsv.Read(text, city, now, sample ?? false);
            if (problems.Count > 0)
            {
                return Results.UnprocessableEntity(new { Problems = problems });
            }

            var published = new List<PublishedSession>();
            var added = new List<PublishedSession>();
            var known = (await store.ListAsync(city, now, cancellationToken)).Select(s => s.Id).ToHashSet();
            foreach (var session in sessions)
            {
                var stored = await store.PublishAsync(sample == true ? session with { IsSample = true } : session, cancellationToken);
                published.Add(stored);
                if (!known.Contains(stored.Id))
                {
                    added.Add(stored);
                }
            }

            // Only sessions new to the bot are announced: importing the same calendar again tells no one twice.
            var announced = await SessionAnnouncer.AnnounceAsync(store, notifier, city, added, cancellationToken);
            return Results.Ok(new { Imported = published.Count, Sessions = published.Select(Body), Announced = announced });
        });

        admin.MapPost("/{id:long}/cancel", async (long id, ISessionStore store, ISessionNotifier notifier, CancellationToken cancellationToken) =>
        {
            if (await store.FindAsync(id, cancellationToken) is not { } session)
            {
                return Results.NotFound();
            }

            var (told, notReached) = await SessionCancellation.CancelAndNotifyAsync(store, notifier, session, cancellationToken) ?? (0, 0);
            return Results.Ok(new { Cancelled = id, Told = told, NotReached = notReached });
        });

        return endpoints;
    }

    private static object Body(PublishedSession s) => new
    {
        s.Id, City = s.CityId, s.Programme, s.Start, s.End, s.Venue, s.Capacity, s.Booked, s.Waiting, s.SeatsLeft, s.Fee, s.Bring, s.HowToApply, s.Cancelled, s.IsSample,
    };
}
