namespace DxBot.Dialogs.Engine;

/// <summary>One step of a waterfall dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
