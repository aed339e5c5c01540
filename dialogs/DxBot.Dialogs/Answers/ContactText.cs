using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>How the bot names the office to ask: the plan's contact for the topic, with its phone where the plan gives one.</summary>
public static class ContactText
{
    public static string Office(CityProfile city, string topic) =>
        city.ContactFor(topic) is { } contact
            ? $"{city.Name} {contact.Department}" + (contact.Phone is { } phone ? $"（電話 {phone}）" : "")
            : $"{city.Name}の担当窓口";
}
