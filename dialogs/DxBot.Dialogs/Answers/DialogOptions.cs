using System.ComponentModel.DataAnnotations;

namespace DxBot.Dialogs.Answers;

/// <summary>Tuning of the answers, bound from the `Dialogs` configuration section.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>The share of a question's terms an entry must contain to be given as an answer; below it the bot says it does not know.</summary>
    [Range(0.05, 1.0)]
    public double MinCoverage { get; set; } = 0.3;

    /// <summary>The longest body of one message, so an answer fits a phone screen.</summary>
    [Range(100, 4000)]
    public int MaxAnswerLength { get; set; } = 450;

    /// <summary>The longest message to staff (Teams, at a desk): a plan's KPI table does not fit a phone's bubble.</summary>
    [Range(100, 4000)]
    public int MaxStaffAnswerLength { get; set; } = 1000;
}
